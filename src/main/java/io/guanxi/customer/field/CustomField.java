package io.guanxi.customer.field;

import java.util.Objects;

import io.guanxi.customer.FieldType;
import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.platform.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A field an administrator adds to accounts or to contacts (自定义字段). The entity and the
 * code never change; the type only while no record has a value.
 */
@Entity
@Table(name = "customer_field")
public class CustomField extends TrackedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_field_seq")
	@SequenceGenerator(name = "customer_field_seq", sequenceName = "customer_field_seq", allocationSize = 50)
	private @Nullable Long id;

	@Enumerated(EnumType.STRING)
	private Subject entity;

	private String code;

	private String label;

	@Column(name = "label_zh")
	private @Nullable String labelZh;

	@Enumerated(EnumType.STRING)
	private FieldType type;

	/** The choices, one per line. */
	private @Nullable String options;

	private boolean required;

	private int position;

	private boolean active = true;

	protected CustomField() {
		this.entity = Subject.ACCOUNT;
		this.code = "";
		this.label = "";
		this.type = FieldType.TEXT;
	}

	public CustomField(Subject entity, String code, FieldType type, int position) {
		this.entity = entity;
		this.code = code;
		this.type = type;
		this.position = position;
		this.label = code;
	}

	public void describe(String label, @Nullable String labelZh, @Nullable String options, boolean required) {
		this.label = label;
		this.labelZh = labelZh;
		this.options = options;
		this.required = required;
	}

	/** Only while no record has a value: the service checks. */
	public void retype(FieldType type) {
		this.type = type;
	}

	public void moveTo(int position) {
		this.position = position;
	}

	public void activate() {
		this.active = true;
	}

	/** Hidden from forms, pages and the API; values stay and come back on activation. */
	public void deactivate() {
		this.active = false;
	}

	public long id() {
		return Objects.requireNonNull(id, "field not saved yet");
	}

	public Subject entity() {
		return entity;
	}

	public String code() {
		return code;
	}

	public String label() {
		return label;
	}

	public @Nullable String labelZh() {
		return labelZh;
	}

	public FieldType type() {
		return type;
	}

	public @Nullable String options() {
		return options;
	}

	public boolean required() {
		return required;
	}

	public int position() {
		return position;
	}

	public boolean active() {
		return active;
	}

}
