package org.haven.platform;

/**
 * Where the database is and which two roles reach it: the schema owner that migrates, and
 * the application role that the running application connects as.
 */
record DatabaseEndpoints(String url, String appUser, String appPassword, String ownerUser, String ownerPassword) {

	@Override
	public String toString() {
		return "DatabaseEndpoints[url=" + this.url + ", appUser=" + this.appUser + ", ownerUser=" + this.ownerUser
				+ "]";
	}

}
