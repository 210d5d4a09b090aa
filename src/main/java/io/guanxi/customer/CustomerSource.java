package io.guanxi.customer;

/** Where the customer came from. */
public enum CustomerSource {

	WEBSITE, REFERRAL, EVENT, EXHIBITION, COLD_CALL, PARTNER, ADVERTISING, SOCIAL_MEDIA, TENDER, IMPORT, OTHER

}
