package io.guanxi.customer;

/** How a contact likes to be reached. */
public enum PreferredChannel {

	PHONE, EMAIL, WECHAT, VISIT, ANY

}
