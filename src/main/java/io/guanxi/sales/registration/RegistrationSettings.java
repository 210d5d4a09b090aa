package io.guanxi.sales.registration;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of deal registration ({@code guanxi.sales.registration.*}).
 *
 * @param protectionDays how long an approved registration protects the owner's claim, and
 * how long a registration waits for a decision before it expires
 */
@ConfigurationProperties("guanxi.sales.registration")
@Validated
public record RegistrationSettings(@DefaultValue("90") @Min(1) int protectionDays) {

	public Duration protection() {
		return Duration.ofDays(protectionDays);
	}

}
