package io.guanxi.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static io.guanxi.platform.NoticeText.message;
import static io.guanxi.platform.NoticeText.plain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Notifications: stored once per source, shown in the reader's language, counted under
 * the bell, paged newest first, and nobody else's to read or mark.
 */
@IntegrationTest
class NotificationsIT {

	static final String BELL_COUNT = "data-testid=\"notification-count\" aria-hidden=\"true\">";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	Notifications notifications;

	TestUser rep;

	@BeforeEach
	void rep() {
		rep = users.create(Role.SALES_REP);
	}

	@Test
	void aNoticeIsStoredOnceAndReadsInTheLanguageOfItsReader() throws Exception {
		Notice notice = notice("Sales Director & Co", "/accounts/1");
		assertThat(notifications.notify(rep.id(), notice)).isTrue();
		assertThat(notifications.notify(rep.id(), notice)).as("the same event delivered again").isFalse();

		mvc.perform(get("/notifications").with(users.session(rep)).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Sales Director &amp; Co (Champion)"),
					containsString(BELL_COUNT + "1<"), containsString("Mark as read"))));
		mvc.perform(get("/notifications").with(users.session(rep)).locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("Sales Director &amp; Co（内部支持者）"), containsString("标为已读"))));
		mvc.perform(get("/api/v1/notifications").header(HttpHeaders.AUTHORIZATION, rep.bearer(users))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].text").value("Sales Director & Co（内部支持者）"))
			.andExpect(jsonPath("$.items[0].link").value("/accounts/1"))
			.andExpect(jsonPath("$.items[0].readAt").doesNotExist());
	}

	@Test
	void nobodyReadsOrMarksAnotherUsersNotification() throws Exception {
		TestUser other = users.create(Role.SALES_REP);
		TestUser admin = users.create(Role.ADMIN);
		notifications.notify(rep.id(), notice("Private", "/accounts/2"));
		long id = onlyId(rep);

		for (TestUser intruder : List.of(other, admin)) {
			String bearer = intruder.bearer(users);
			mvc.perform(get("/api/v1/notifications").header(HttpHeaders.AUTHORIZATION, bearer))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.items.length()").value(0));
			mvc.perform(post("/api/v1/notifications/{id}/read", id).header(HttpHeaders.AUTHORIZATION, bearer))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
			mvc.perform(post("/notifications/{id}/read", id).with(users.session(intruder)).with(csrf()))
				.andExpect(status().isNotFound());
			mvc.perform(get("/notifications/{id}/open", id).with(users.session(intruder)))
				.andExpect(status().isNotFound());
			mvc.perform(get("/notifications").with(users.session(intruder)))
				.andExpect(content().string(not(containsString("Private"))));
		}
		assertThat(users.as(rep, notifications::unreadCount)).isEqualTo(1);

		mvc.perform(post("/api/v1/notifications/{id}/read", id).header(HttpHeaders.AUTHORIZATION, rep.bearer(users)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.readAt").exists());
		mvc.perform(get("/api/v1/notifications/unread-count").header(HttpHeaders.AUTHORIZATION, rep.bearer(users)))
			.andExpect(jsonPath("$.unread").value(0));
	}

	@Test
	void openingANotificationMarksItReadAndGoesToItsRecord() throws Exception {
		notifications.notify(rep.id(), notice("Open", "/accounts/3#key-people-changes"));
		long id = onlyId(rep);

		mvc.perform(get("/notifications/{id}/open", id).with(users.session(rep)))
			.andExpect(redirectedUrl("/accounts/3#key-people-changes"));

		assertThat(users.as(rep, notifications::unreadCount)).isZero();
		mvc.perform(get("/notifications").with(users.session(rep)))
			.andExpect(content().string(allOf(not(containsString(BELL_COUNT)), not(containsString("Mark as read")))));
	}

	@Test
	void markingReadInTheListAnswersTheRowAndTheBell() throws Exception {
		notifications.notify(rep.id(), notice("first", null));
		notifications.notify(rep.id(), notice("second", null));
		long newest = users.as(rep, () -> notifications.list(null, 5)).items().get(0).id();

		mvc.perform(post("/notifications/{id}/read", newest).header("HX-Request", "true")
			.with(users.session(rep))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"notification-" + newest + "\""),
					containsString("id=\"gx-bell\""), containsString("hx-swap-oob=\"true\""),
					containsString(BELL_COUNT + "1<"), not(containsString("<html")))));

		mvc.perform(post("/notifications/read-all").with(users.session(rep)).with(csrf()))
			.andExpect(redirectedUrl("/notifications"));
		assertThat(users.as(rep, notifications::unreadCount)).isZero();
	}

	@Test
	void theListPagesNewestFirstWithACursor() throws Exception {
		for (int i = 0; i < 25; i++) {
			notifications.notify(rep.id(), notice("N" + i, null));
		}
		String bearer = rep.bearer(users);
		List<Long> seen = new ArrayList<>();
		String next = null;
		List<Integer> sizes = new ArrayList<>();
		do {
			var request = get("/api/v1/notifications").param("limit", "10").header(HttpHeaders.AUTHORIZATION, bearer);
			if (next != null) {
				request.param("before", next);
			}
			String body = mvc.perform(request)
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			List<Number> ids = JsonPath.read(body, "$.items[*].id");
			ids.forEach(id -> seen.add(id.longValue()));
			sizes.add(ids.size());
			next = JsonPath.read(body, "$.next");
		}
		while (next != null);

		assertThat(sizes).containsExactly(10, 10, 5);
		assertThat(seen).doesNotHaveDuplicates().hasSize(25);
		assertThat(users.as(rep, () -> notifications.list(null, 1)).items().get(0).text()).isEqualTo("N24 (Champion)");
		assertThat(users.as(rep, notifications::unreadCount)).isEqualTo(25);

		mvc.perform(
				get("/api/v1/notifications").param("before", "not a cursor").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/notifications").param("before", "not a cursor").with(users.session(rep)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("N24 (Champion)")));
	}

	@Test
	void theBellCountsUpToNinetyNineAndThenShowsNinetyNinePlus() throws Exception {
		for (int i = 0; i < Notifications.UNREAD_SHOWN + 2; i++) {
			notifications.notify(rep.id(), notice("many" + i, null));
		}
		assertThat(users.as(rep, notifications::unreadCount)).isEqualTo(Notifications.UNREAD_SHOWN + 1);
		mvc.perform(get("/").with(users.session(rep)))
			.andExpect(content().string(allOf(containsString(BELL_COUNT + "99+<"),
					containsString("aria-label=\"Notifications, 99+ unread\""))));
	}

	@Test
	void aNoticeLinksOnlyInsideGuanxi() {
		for (String link : List.of("https://example.com", "//example.com/x", "/\\example.com")) {
			assertThatThrownBy(() -> notice("outside", link)).isInstanceOf(IllegalArgumentException.class);
		}
	}

	private long onlyId(TestUser user) {
		return users.as(user, () -> notifications.list(null, 5)).items().get(0).id();
	}

	/** "Title (Role)": a plain text and a translated role nested in a message. */
	private static Notice notice(String title, String link) {
		return new Notice("test", "test:" + UUID.randomUUID(),
				message("relationship.alerts.withRole", plain(title), message("relationship.role.CHAMPION")), link);
	}

}
