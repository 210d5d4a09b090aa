package io.guanxi.relationship.internal;

/**
 * The statements of {@link TieGraphQueries}: a lateral variant for PostgreSQL (reads at
 * most {@code :cap} rows per node off an index) and a window-function variant for H2.
 */
final class TieGraphSql {

	private static final String NODES = "unnest(cast(string_to_array(:ids, ',') as bigint[])) as n(id)";

	private static final String TIE_VALID = """
			(t.valid_from is null or t.valid_from <= :day) and (t.valid_to is null or t.valid_to > :day)""";

	static final String PERSON_TIES_LATERAL = """
			select n.id as node, e.other, e.kind, e.strength, e.outgoing, e.id
			from %s
			cross join lateral (
			    (select t.to_contact_id as other, t.kind, t.strength, true as outgoing, t.id
			     from relationship_person_tie t where t.from_contact_id = n.id and %s
			     order by t.strength desc, t.id desc limit :cap)
			    union all
			    (select t.from_contact_id, t.kind, t.strength, false, t.id
			     from relationship_person_tie t where t.to_contact_id = n.id and %s
			     order by t.strength desc, t.id desc limit :cap)
			    order by strength desc, id desc limit :cap) e
			""".formatted(NODES, TIE_VALID, TIE_VALID);

	static final String PERSON_TIES_WINDOW = """
			select node, other, kind, strength, outgoing, id from (
			    select e.*, row_number() over (partition by e.node order by e.strength desc, e.id desc) as rn from (
			        select t.from_contact_id as node, t.to_contact_id as other, t.kind, t.strength, true as outgoing, t.id
			        from relationship_person_tie t where t.from_contact_id in (:ids) and %s
			        union all
			        select t.to_contact_id, t.from_contact_id, t.kind, t.strength, false, t.id
			        from relationship_person_tie t where t.to_contact_id in (:ids) and %s) e) ranked
			where rn <= :cap
			"""
		.formatted(TIE_VALID, TIE_VALID);

	private static final String HELD = "p.valid_from <= :day and (p.valid_to is null or p.valid_to > :day)";

	static final String POSITIONS_OF = """
			select p.contact_id, p.account_id, p.valid_from, p.id from relationship_position p where p.contact_id in (:ids) and %s
			"""
		.formatted(HELD);

	static final String EMPLOYEES_LATERAL = """
			select n.id as account_id, e.contact_id, e.valid_from, e.id
			from %s
			cross join lateral (
			    select p.contact_id, p.valid_from, p.id from relationship_position p where p.account_id = n.id and %s
			    order by p.valid_from desc, p.id desc limit :cap) e
			""".formatted(NODES, HELD);

	static final String EMPLOYEES_WINDOW = """
			select account_id, contact_id, valid_from, id from (
			    select p.account_id, p.contact_id, p.valid_from, p.id,
			           row_number() over (partition by p.account_id order by p.valid_from desc, p.id desc) as rn
			    from relationship_position p where p.account_id in (:ids) and %s) ranked
			where rn <= :cap
			""".formatted(HELD);

	private static final String LINK_VALID = TIE_VALID + " and t.kind <> 'COMPETITOR'";

	static final String COMPANY_LINKS_LATERAL = """
			select n.id as node, e.other, e.kind, e.outgoing, e.valid_from, e.id
			from %s
			cross join lateral (
			    (select t.to_account_id as other, t.kind, true as outgoing, t.valid_from, t.id
			     from relationship_company_link t where t.from_account_id = n.id and %s
			     order by t.valid_from desc nulls last, t.id desc limit :cap)
			    union all
			    (select t.from_account_id, t.kind, false, t.valid_from, t.id
			     from relationship_company_link t where t.to_account_id = n.id and %s
			     order by t.valid_from desc nulls last, t.id desc limit :cap)
			    order by valid_from desc nulls last, id desc limit :cap) e
			""".formatted(NODES, LINK_VALID, LINK_VALID);

	static final String COMPANY_LINKS_WINDOW = """
			select node, other, kind, outgoing, valid_from, id from (
			    select e.*, row_number() over (partition by e.node order by e.valid_from desc nulls last, e.id desc) as rn
			    from (
			        select t.from_account_id as node, t.to_account_id as other, t.kind, true as outgoing, t.valid_from, t.id
			        from relationship_company_link t where t.from_account_id in (:ids) and %s
			        union all
			        select t.to_account_id, t.from_account_id, t.kind, false, t.valid_from, t.id
			        from relationship_company_link t where t.to_account_id in (:ids) and %s) e) ranked
			where rn <= :cap
			"""
		.formatted(LINK_VALID, LINK_VALID);

	private TieGraphSql() {
	}

}
