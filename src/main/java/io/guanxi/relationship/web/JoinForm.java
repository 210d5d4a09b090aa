package io.guanxi.relationship.web;

import java.time.LocalDate;

import io.guanxi.relationship.BuyingRole;
import io.guanxi.relationship.JoinAccount;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** "Add a person to the org": a contact of the account takes a position from a day. */
public record JoinForm(@NotNull(message = "{relationship.form.error.contact}") @Nullable Long contactId,
		@NotBlank(message = "{relationship.form.error.title}") @Size(max = 200,
				message = "{relationship.form.error.tooLong}") @Nullable String title,
		@Nullable Long departmentId, @Nullable Long reportsToContactId, @Nullable BuyingRole buyingRole,
		@NotNull(message = "{relationship.form.error.day}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
		@Size(max = 1000, message = "{relationship.form.error.tooLong}") @Nullable String note) {

	static JoinForm startingOn(LocalDate day) {
		return new JoinForm(null, null, null, null, null, day, null);
	}

	JoinAccount toCommand() {
		return new JoinAccount(contactId, title, departmentId, reportsToContactId, buyingRole, from, null, note);
	}

}
