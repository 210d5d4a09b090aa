package io.guanxi.customer.transfer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.assertj.core.api.Assertions;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The account and contact import wizard as a person walks through it in the browser:
 * upload, mapping, preview, start, result. Shared by the import browser tests, which keep
 * their own data and screenshots.
 */
final class ImportWizard {

	private final Page page;

	private ImportWizard(Page page) {
		this.page = page;
	}

	/** Opens the wizard through the Import link of the list page on screen. */
	static ImportWizard open(Page page) {
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import").setExact(true)).click();
		return new ImportWizard(page);
	}

	/** Uploads a UTF-8 CSV file and waits for the column mapping. */
	void upload(String fileName, String csv) {
		page.locator("#file")
			.setInputFiles(new FilePayload(fileName, "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload")).click();
		assertThat(page.getByTestId("mapping")).isVisible();
	}

	/** Checks that the file's columns, in order, are mapped to these fields. */
	void expectMapping(String... fields) {
		for (int column = 0; column < fields.length; column++) {
			assertThat(page.locator("#mapping-" + column)).hasValue(fields[column]);
		}
	}

	/** Confirms the mapping and answers the preview. */
	Locator preview() {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview")).click();
		return page.getByTestId("preview");
	}

	/** Starts the import of all rows of the preview. */
	void start(int rows) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import " + rows + " rows")).click();
	}

	/**
	 * Waits until the import has completed and checks how many rows it created and
	 * rejected.
	 */
	void awaitResult(int created, int errors) {
		assertThat(page.getByTestId("import-outcome")).containsText("complete",
				new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
		assertThat(page.getByTestId("import-created")).hasText(String.valueOf(created));
		assertThat(page.getByTestId("import-errors")).hasText(String.valueOf(errors));
	}

	/**
	 * Checks that the result lists exactly one bad row: this line, failing on this
	 * column.
	 */
	void expectOnlyBadRow(int line, String column) {
		Locator rows = page.getByTestId("import-error-rows");
		assertThat(rows.locator("tbody tr")).hasCount(1);
		assertThat(rows.locator("tbody tr td").first()).hasText(String.valueOf(line));
		assertThat(rows).containsText(column);
	}

	/** Downloads the error report: the header and one row, which starts so. */
	void expectErrorReport(String onlyRowStart) throws Exception {
		Download download = page.waitForDownload(() -> page.getByTestId("error-report").click());
		List<String> lines = Files.readString(download.path(), StandardCharsets.UTF_8).lines().toList();
		Assertions.assertThat(lines).hasSize(2).last().asString().startsWith(onlyRowStart);
	}

}
