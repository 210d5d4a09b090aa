package io.guanxi.sales.lead;

import java.time.Duration;
import java.util.List;

import io.guanxi.customer.Industry;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of leads ({@code guanxi.sales.leads.*}).
 *
 * @param targetIndustries the industries we sell to, which score highest
 * @param webForm the public web-to-lead form's protection against spam
 */
@ConfigurationProperties("guanxi.sales.leads")
public record LeadSettings(@DefaultValue( {
		"TECHNOLOGY", "TELECOM", "FINANCE", "MANUFACTURING", "AUTOMOTIVE" }) List<Industry> targetIndustries,
		@DefaultValue WebForm webForm){

	/**
	 * @param secret signs the form's timestamp; empty means a random one per start (every
	 * node of a cluster then needs the same one, so set it there)
	 * @param minFillTime a person takes at least this long to fill the form; a robot does
	 * not
	 * @param maxAge a form older than this is shown again instead of accepted
	 * @param maxPerAddress submissions from one IP address per {@code window}
	 */
	public record WebForm(@DefaultValue("") String secret, @DefaultValue("3s") Duration minFillTime,
			@DefaultValue("1d") Duration maxAge, @DefaultValue("5") int maxPerAddress,
			@DefaultValue("10m") Duration window) {
	}

}
