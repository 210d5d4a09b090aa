/**
 * Import of an existing org chart and its relationships from CSV files: positions,
 * company links and person ties, all rows or none, through the module's services.
 */
@NullMarked
package io.guanxi.relationship.transfer;

import org.jspecify.annotations.NullMarked;
