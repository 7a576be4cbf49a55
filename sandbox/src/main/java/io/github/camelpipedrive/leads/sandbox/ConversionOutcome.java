package io.github.camelpipedrive.leads.sandbox;

/** How a lead-to-deal or deal-to-lead conversion job ends. */
public enum ConversionOutcome {
    /** The job ends {@code completed}: the source object is marked deleted, the target exists. */
    COMPLETED("completed"),
    /** The job ends {@code failed}: nothing changes. */
    FAILED("failed"),
    /** The job ends {@code rejected}: nothing changes. */
    REJECTED("rejected");

    private final String status;

    ConversionOutcome(String status) {
        this.status = status;
    }

    /** @return the wire value of the terminal {@code status} */
    public String status() {
        return status;
    }
}
