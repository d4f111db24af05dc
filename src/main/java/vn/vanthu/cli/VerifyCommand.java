package vn.vanthu.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.vanthu.Archive;
import vn.vanthu.maintenance.FixityReport;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Fixity: reread every original and compare its SHA-256 with the catalog. Exit code 0 when all are intact.")
final class VerifyCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Override
    public Integer call() {
        try (Archive archive = data.openExisting()) {
            FixityReport r = archive.verify(System.err::println);
            System.out.println("verified " + r.checked() + " originals (" + r.bytes() + " bytes): "
                    + r.missing().size() + " missing, " + r.damaged().size() + " damaged");
            System.out.println(r.intact() ? "intact" : "NOT INTACT");
            return r.intact() ? 0 : 1;
        }
    }
}
