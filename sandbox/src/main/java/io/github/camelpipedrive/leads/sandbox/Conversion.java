package io.github.camelpipedrive.leads.sandbox;

/**
 * One asynchronous conversion job. Its status moves one step per status poll:
 * {@code not_started → running → <outcome>}; the effect of a successful job (source deleted,
 * target created) is applied at the poll that first reports {@code completed}, so a client never
 * sees the lead vanish while the job still says {@code running}.
 */
final class Conversion {

    enum Direction {
        LEAD_TO_DEAL,
        DEAL_TO_LEAD
    }

    final String id;
    final Direction direction;
    final String leadId;
    final Integer dealId;
    final Integer stageId;
    final ConversionOutcome outcome;
    /** 0 = not_started, 1 = running, 2 = terminal. */
    int step;
    /** Terminal status actually reached (may be failed when the source vanished meanwhile). */
    String terminalStatus;
    Integer resultDealId;
    String resultLeadId;

    Conversion(String id, Direction direction, String leadId, Integer dealId, Integer stageId,
            ConversionOutcome outcome) {
        this.id = id;
        this.direction = direction;
        this.leadId = leadId;
        this.dealId = dealId;
        this.stageId = stageId;
        this.outcome = outcome;
    }
}
