package io.guanxi.relationship;

import java.util.List;

/** A person's positions across companies, oldest first, with the changes between them. */
public record Career(long contactId, String name, List<OrgPerson> positions, List<PersonnelChangeView> changes) {

	public Career {
		positions = List.copyOf(positions);
		changes = List.copyOf(changes);
	}

}
