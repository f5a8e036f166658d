package org.haven.platform;

/**
 * Where the database is and which three roles reach it: the schema owner that migrates,
 * the application role that the running application connects as, and the audit sealer's
 * role, the only one that writes the hash chain.
 */
record DatabaseEndpoints(String url, String appUser, String appPassword, String ownerUser, String ownerPassword,
		String sealerUser, String sealerPassword) {

	@Override
	public String toString() {
		return "DatabaseEndpoints[url=" + this.url + ", appUser=" + this.appUser + ", ownerUser=" + this.ownerUser
				+ ", sealerUser=" + this.sealerUser + "]";
	}

}
