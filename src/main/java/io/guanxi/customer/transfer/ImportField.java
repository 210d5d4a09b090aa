package io.guanxi.customer.transfer;

import java.util.List;

/**
 * A field of the target record that a file column can go to.
 *
 * @param key the field's name in commands and mappings, e.g. {@code phone}
 * @param labelKey message key of its label, which is also recognised as a header
 * @param aliases more headers (English and Chinese) that mean this field, best first
 */
record ImportField(String key, String labelKey, List<String> aliases) {
}
