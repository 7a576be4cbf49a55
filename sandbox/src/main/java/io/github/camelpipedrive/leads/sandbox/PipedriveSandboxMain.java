package io.github.camelpipedrive.leads.sandbox;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the sandbox standalone until the process is killed:
 * {@code java ... PipedriveSandboxMain --port 8080 --token T --leads 50 --plan LITE --daily-budget 30000}.
 * Also {@code --host H}, {@code --pagination FLAT|NESTED} and {@code --seed N}. Prints exactly one
 * line, {@code Pipedrive Leads sandbox listening on <baseUrl>}, once it accepts connections.
 */
public final class PipedriveSandboxMain {

    private PipedriveSandboxMain() {
    }

    /**
     * @param args command-line options (see class documentation)
     * @throws InterruptedException when the waiting main thread is interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        PipedriveSandbox sandbox;
        try {
            sandbox = start(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: PipedriveSandboxMain [--port N] [--host H] [--token T] [--leads N] "
                    + "[--plan NONE|LITE|GROWTH|PREMIUM|ULTIMATE] [--daily-budget N] [--pagination FLAT|NESTED] "
                    + "[--seed N]");
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "pipedrive-sandbox-shutdown"));
        new CountDownLatch(1).await();
    }

    /**
     * Parses the options, starts the sandbox and prints the listening line; used by {@link #main}
     * and by tests that run the entry point in-process.
     *
     * @param args command-line options
     * @param out where the listening line goes
     * @return the started sandbox (the caller closes it)
     */
    public static PipedriveSandbox start(String[] args, PrintStream out) {
        PipedriveSandbox.Builder builder = PipedriveSandbox.builder();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + option);
            }
            String value = args[++i];
            try {
                switch (option) {
                    case "--port":
                        builder.port(Integer.parseInt(value));
                        break;
                    case "--host":
                        builder.host(value);
                        break;
                    case "--token":
                        builder.apiToken(value);
                        break;
                    case "--leads":
                        builder.seedLeads(Integer.parseInt(value));
                        break;
                    case "--plan":
                        builder.rateLimitPlan(RateLimitPlan.valueOf(value.toUpperCase(java.util.Locale.ROOT)));
                        break;
                    case "--daily-budget":
                        builder.dailyTokenBudget(Long.parseLong(value));
                        break;
                    case "--pagination":
                        builder.paginationShape(PaginationShape.valueOf(value.toUpperCase(java.util.Locale.ROOT)));
                        break;
                    case "--seed":
                        builder.seed(Long.parseLong(value));
                        break;
                    default:
                        throw new IllegalArgumentException("unknown option " + option);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number for " + option + ": " + value, e);
            }
        }
        PipedriveSandbox sandbox = builder.build();
        String baseUrl = sandbox.start();
        out.println("Pipedrive Leads sandbox listening on " + baseUrl);
        out.flush();
        return sandbox;
    }
}
