package io.guanxi.customer.view;

import java.util.Objects;

import io.guanxi.platform.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A list view a user saved under a name: the list's query string. */
@Entity
@Table(name = "customer_saved_view")
public class SavedView extends TrackedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_saved_view_seq")
	@SequenceGenerator(name = "customer_saved_view_seq", sequenceName = "customer_saved_view_seq", allocationSize = 50)
	private @Nullable Long id;

	private long userId;

	private String list;

	private String name;

	private String query;

	@Column(name = "is_default")
	private boolean defaultView;

	protected SavedView() {
		this.list = "";
		this.name = "";
		this.query = "";
	}

	public SavedView(long userId, String list, String name, String query) {
		this.userId = userId;
		this.list = list;
		this.name = name;
		this.query = query;
	}

	public void redefine(String query) {
		this.query = query;
	}

	public void makeDefault(boolean defaultView) {
		this.defaultView = defaultView;
	}

	public long id() {
		return Objects.requireNonNull(id, "view not saved yet");
	}

	public long userId() {
		return userId;
	}

	public String list() {
		return list;
	}

	public String name() {
		return name;
	}

	public String query() {
		return query;
	}

	public boolean isDefault() {
		return defaultView;
	}

}
