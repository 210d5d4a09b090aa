package io.guanxi.customer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.platform.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** vCard export and import of contacts. */
@IntegrationTest
class ContactCardsIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	ContactService contacts;

	@Test
	void exportsTheVisibleContactsAsVCardsThatReadBack() throws Exception {
		TestUser rep = users.create(Role.SALES_REP);
		TestUser other = users.create(Role.SALES_REP);
		users.as(rep, () -> contacts.create(new SaveContact("张", "伟", "David Zhang", "采购总监", "138 0013 8000", null,
				"zhang.wei@example.com", "zhangwei_wx", null, null, null, false, "深圳市", null, null)));
		users.as(other, () -> contacts.create(SaveContact.named("Hidden", "Person")));

		String body = mvc
			.perform(get("/api/v1/contacts/export.vcf").header(HttpHeaders.AUTHORIZATION, rep.bearer(users)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/vcard"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		List<VCard> cards = Ezvcard.parse(body).all();
		assertThat(cards).hasSize(1);
		VCard card = cards.get(0);
		assertThat(card.getFormattedName().getValue()).isEqualTo("张伟");
		assertThat(card.getStructuredName().getFamily()).isEqualTo("张");
		assertThat(card.getTelephoneNumbers().get(0).getText()).isEqualTo("+8613800138000");
		assertThat(card.getEmails().get(0).getValue()).isEqualTo("zhang.wei@example.com");
		assertThat(card.getExtendedProperty("X-WECHAT").getValue()).isEqualTo("zhangwei_wx");
		assertThat(card.getTitles().get(0).getValue()).isEqualTo("采购总监");
	}

	@Test
	void importsValidCardsAndReportsEachRefusedOne() throws Exception {
		TestUser rep = users.create(Role.SALES_REP);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String vcf = """
				BEGIN:VCARD
				VERSION:3.0
				N:李;娜;;;
				FN:李娜
				TITLE:信息中心主任
				TEL;TYPE=CELL:+86 139 1234 5678
				EMAIL;TYPE=WORK:Li.Na.%1$s@Example.com
				END:VCARD
				BEGIN:VCARD
				VERSION:3.0
				N:Chen;Emily;;;
				FN:Emily Chen %1$s
				TEL;TYPE=WORK:+49 30 1234567
				END:VCARD
				BEGIN:VCARD
				VERSION:3.0
				N:Bad;Phone;;;
				FN:Bad Phone
				TEL;TYPE=CELL:12345
				END:VCARD
				""".formatted(tag);

		mvc.perform(multipart("/api/v1/contacts/import")
			.file(new MockMultipartFile("file", "contacts.vcf", "text/vcard", vcf.getBytes(StandardCharsets.UTF_8)))
			.header(HttpHeaders.AUTHORIZATION, rep.bearer(users)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(2))
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].card").value(3))
			.andExpect(jsonPath("$.errors[0].name").value("Bad Phone"));

		var mine = users.as(rep, () -> contacts.list(ContactFilter.byName(null), Pageable.unpaged()).getContent());
		assertThat(mine).extracting(ContactSummary::fullName).containsExactlyInAnyOrder("李娜", "Emily Chen");
		assertThat(mine).extracting(ContactSummary::email).contains("li.na." + tag + "@example.com");
	}

	@Test
	void theImportPageShowsTheRefusedCards() throws Exception {
		TestUser rep = users.create(Role.SALES_REP);
		String vcf = "BEGIN:VCARD\nVERSION:3.0\nN:;;;;\nFN:\nTEL;TYPE=CELL:12345\nEND:VCARD\n";
		mvc.perform(multipart("/contacts/import/vcard")
			.file(new MockMultipartFile("file", "x.vcf", "text/vcard", vcf.getBytes(StandardCharsets.UTF_8)))
			.with(users.session(rep))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("0 contacts created, 1 cards refused.")));
	}

}
