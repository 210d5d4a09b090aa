package io.guanxi.sales.lead;

import java.util.Optional;

import io.guanxi.platform.StaleVersionException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The one row of routing settings: who gets a lead that no rule matches. */
@Component
public class RoutingSettings {

	private final JdbcClient jdbc;

	RoutingSettings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Stored read() {
		return jdbc.sql("select default_owner_id, version from sales_lead_routing where id = 1")
			.query((rs, n) -> new Stored(rs.getObject(1, Long.class), rs.getLong(2)))
			.single();
	}

	public Optional<Long> defaultOwnerId() {
		return Optional.ofNullable(read().defaultOwnerId());
	}

	public void changeDefaultOwner(@Nullable Long ownerId, long expectedVersion) {
		int changed = jdbc
			.sql("update sales_lead_routing set default_owner_id = :owner, version = version + 1 "
					+ "where id = 1 and version = :version")
			.param("owner", ownerId)
			.param("version", expectedVersion)
			.update();
		if (changed == 0) {
			throw new StaleVersionException("leadRouting", 1, expectedVersion, read().version());
		}
	}

	public record Stored(@Nullable Long defaultOwnerId, long version) {
	}

}
