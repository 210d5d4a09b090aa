package io.guanxi.sales;

/**
 * A control point (控制点) of a stage other than its required tasks: what must hold before
 * an opportunity may leave the stage for a later one.
 */
public enum GateKind {

	/** A field of the opportunity must be filled in ({@link GateField}). */
	FIELD,
	/** A document of a kind must be attached ({@link DocumentKind}). */
	DOCUMENT,
	/** A manager must have approved leaving the stage. */
	APPROVAL

}
