package io.guanxi.relationship.web;

import java.time.LocalDate;

import io.guanxi.relationship.BuyingRole;
import io.guanxi.relationship.ChangeKind;
import io.guanxi.relationship.ChangePosition;
import io.guanxi.relationship.OrgPerson;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** "Record a change": a promotion, transfer, new title or new buying role from a day. */
public record ChangeForm(@NotNull(message = "{relationship.form.error.position}") @Nullable Long positionId,
		@NotNull(message = "{relationship.form.error.kind}") @Nullable ChangeKind kind,
		@NotNull(message = "{relationship.form.error.day}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
		@NotBlank(message = "{relationship.form.error.title}") @Size(max = 200,
				message = "{relationship.form.error.tooLong}") @Nullable String title,
		@Nullable Long departmentId, @Nullable Long reportsToContactId, @Nullable BuyingRole buyingRole,
		@Size(max = 1000, message = "{relationship.form.error.tooLong}") @Nullable String note) {

	static ChangeForm blank(LocalDate day) {
		return new ChangeForm(null, ChangeKind.PROMOTED, day, null, null, null, null, null);
	}

	/** Starts from what the person holds now, so that only what changes is typed. */
	static ChangeForm of(OrgPerson position, LocalDate day) {
		return new ChangeForm(position.positionId(), ChangeKind.PROMOTED, day, position.title(),
				position.departmentId(), position.reportsToContactId(), position.buyingRole(), null);
	}

	ChangePosition toCommand() {
		return new ChangePosition(kind, on, title, departmentId, reportsToContactId, buyingRole, note);
	}

}
