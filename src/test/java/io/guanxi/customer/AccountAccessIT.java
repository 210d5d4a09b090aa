package io.guanxi.customer;

import java.util.UUID;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Record-level security: reps see their own records, managers those of the people below
 * them.
 */
@IntegrationTest
class AccountAccessIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AccountService accounts;

	TestUser director;

	TestUser manager;

	TestUser rep;

	TestUser otherRep;

	long repsAccount;

	String tag;

	@BeforeEach
	void organisation() {
		director = users.create(Role.SALES_MANAGER);
		manager = users.create(Role.SALES_MANAGER, director);
		rep = users.create(Role.SALES_REP, manager);
		otherRep = users.create(Role.SALES_REP);
		tag = UUID.randomUUID().toString();
		repsAccount = users.as(rep, () -> accounts.create(new SaveAccount("Rep's customer " + tag, null)).id());
	}

	@Test
	void aRepCannotReadAnotherRepsRecord() throws Exception {
		mvc.perform(get("/api/v1/accounts/" + repsAccount).header(HttpHeaders.AUTHORIZATION, otherRep.bearer(users)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/accounts/" + repsAccount).with(users.session(otherRep))).andExpect(status().isNotFound());
		assertThatThrownBy(() -> users.as(otherRep, () -> accounts.get(repsAccount)))
			.isInstanceOf(RecordNotFoundException.class);
	}

	@Test
	void theRepsManagersCanReadIt() throws Exception {
		mvc.perform(get("/api/v1/accounts/" + repsAccount).header(HttpHeaders.AUTHORIZATION, manager.bearer(users)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ownerId").value(rep.id()));
		mvc.perform(get("/api/v1/accounts/" + repsAccount).header(HttpHeaders.AUTHORIZATION, director.bearer(users)))
			.andExpect(status().isOk());
	}

	@Test
	void aManagerCannotReadTheirOwnManagersRecords() {
		long directorsAccount = users.as(director,
				() -> accounts.create(new SaveAccount("Director's customer " + tag, null)).id());
		assertThatThrownBy(() -> users.as(manager, () -> accounts.get(directorsAccount)))
			.isInstanceOf(RecordNotFoundException.class);
	}

	@Test
	void listsOnlyShowVisibleRecords() {
		assertThat(users.as(otherRep, () -> accounts.list(tag, Pageable.unpaged()).getTotalElements())).isZero();
		assertThat(users.as(manager, () -> accounts.list(tag, Pageable.unpaged()).getTotalElements())).isEqualTo(1);
		assertThat(users.as(users.create(Role.ADMIN), () -> accounts.list(tag, Pageable.unpaged()).getTotalElements()))
			.isEqualTo(1);
	}

	@Test
	void aRepCannotChangeOrDeleteAnotherRepsRecord() {
		assertThatThrownBy(() -> users.as(otherRep,
				() -> accounts.update(repsAccount, new SaveAccount("Hijacked", otherRep.id()), 0)))
			.isInstanceOf(RecordNotFoundException.class);
		assertThatThrownBy(() -> users.as(otherRep, () -> {
			accounts.delete(repsAccount, 0);
			return null;
		})).isInstanceOf(RecordNotFoundException.class);
		assertThat(users.as(rep, () -> accounts.get(repsAccount).name())).isEqualTo("Rep's customer " + tag);
	}

	@Test
	void recordsCanOnlyBeGivenToPeopleInTheOwnersScope() {
		assertThatThrownBy(() -> users.as(rep, () -> accounts.create(new SaveAccount("Gift", otherRep.id()))))
			.isInstanceOf(BusinessRuleException.class);
		long assigned = users.as(manager, () -> accounts.create(new SaveAccount("Assigned " + tag, rep.id())).id());
		assertThat(users.as(rep, () -> accounts.get(assigned).ownerId())).isEqualTo(rep.id());
	}

}
