package io.guanxi.sales.lead.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.guanxi.sales.lead.LeadSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The public form's signed timestamp: when the form was handed out, with an HMAC so that
 * it cannot be forged. A submission sooner than the minimum fill time is a robot's; one
 * older than the maximum age is stale. Stateless, so the form needs no session.
 */
@Component
class FormTokens {

	enum Verdict {

		ACCEPTED, TOO_FAST, EXPIRED, INVALID

	}

	private final byte[] secret;

	private final Duration minFillTime;

	private final Duration maxAge;

	FormTokens(LeadSettings settings) {
		LeadSettings.WebForm form = settings.webForm();
		this.secret = form.secret().isBlank() ? random() : form.secret().getBytes(StandardCharsets.UTF_8);
		this.minFillTime = form.minFillTime();
		this.maxAge = form.maxAge();
	}

	String issue(Instant at) {
		String millis = Long.toString(at.toEpochMilli());
		return millis + "." + sign(millis);
	}

	Verdict check(@Nullable String token, Instant now) {
		if (token == null) {
			return Verdict.INVALID;
		}
		int dot = token.indexOf('.');
		if (dot <= 0 || !MessageDigest.isEqual(sign(token.substring(0, dot)).getBytes(StandardCharsets.US_ASCII),
				token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
			return Verdict.INVALID;
		}
		Instant issued;
		try {
			issued = Instant.ofEpochMilli(Long.parseLong(token.substring(0, dot)));
		}
		catch (NumberFormatException ex) {
			return Verdict.INVALID;
		}
		if (now.isBefore(issued.plus(minFillTime))) {
			return Verdict.TOO_FAST;
		}
		return now.isAfter(issued.plus(maxAge)) ? Verdict.EXPIRED : Verdict.ACCEPTED;
	}

	private String sign(String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

	private static byte[] random() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return bytes;
	}

}
