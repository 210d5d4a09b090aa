package io.guanxi.customer.tag;

import java.util.Objects;

import io.guanxi.platform.TrackedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A label with a colour that users put on accounts and contacts (标签). */
@Entity
@Table(name = "customer_tag")
public class Tag extends TrackedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_tag_seq")
	@SequenceGenerator(name = "customer_tag_seq", sequenceName = "customer_tag_seq", allocationSize = 50)
	private @Nullable Long id;

	private String name;

	private String color;

	protected Tag() {
		this.name = "";
		this.color = "";
	}

	public Tag(String name, String color) {
		this.name = name;
		this.color = color;
	}

	public void rename(String name) {
		this.name = name;
	}

	public void recolour(String color) {
		this.color = color;
	}

	public long id() {
		return Objects.requireNonNull(id, "tag not saved yet");
	}

	public String name() {
		return name;
	}

	public String color() {
		return color;
	}

}
