package org.haven.partner;

/** What kind of organisation a partner is, in the HTCDS {@code org_Type} codes. */
public enum OrganisationType {

	NGO, LAW_ENFORCEMENT, HEALTH_SERVICE_ORGANISATION, CENTRAL_GOVERNMENT_ORGANISATION, LOCAL_GOVERNMENT_ORGANISATION,
	IMMIGRATION_SERVICE, LEGAL_SERVICE, CORPORATE_BUSINESS, SCHOOL_OR_COLLEGE

}
