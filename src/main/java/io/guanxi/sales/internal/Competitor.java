package io.guanxi.sales.internal;

import java.util.Objects;

import io.guanxi.platform.TrackedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A competitor on a deal, with what makes them strong and weak against us. */
@Entity
@Table(name = "sales_competitor")
public class Competitor extends TrackedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_competitor_seq")
	@SequenceGenerator(name = "sales_competitor_seq", sequenceName = "sales_competitor_seq", allocationSize = 50)
	private @Nullable Long id;

	private long opportunityId;

	private String name;

	private @Nullable String strengths;

	private @Nullable String weaknesses;

	protected Competitor() {
		this.name = "";
	}

	public Competitor(long opportunityId, String name) {
		this.opportunityId = opportunityId;
		this.name = name;
	}

	public long id() {
		return Objects.requireNonNull(id, "not saved yet");
	}

	public long opportunityId() {
		return opportunityId;
	}

	public String name() {
		return name;
	}

	public @Nullable String strengths() {
		return strengths;
	}

	public @Nullable String weaknesses() {
		return weaknesses;
	}

	public void describe(String name, @Nullable String strengths, @Nullable String weaknesses) {
		this.name = name;
		this.strengths = strengths;
		this.weaknesses = weaknesses;
	}

}
