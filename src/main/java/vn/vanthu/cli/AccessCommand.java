package vn.vanthu.cli;

import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import vn.vanthu.Archive;
import vn.vanthu.ArchiveView;
import vn.vanthu.access.AccessLevel;

/** Shows or sets a document's access level, as the local operator (an administrator). */
@Command(name = "access", mixinStandardHelpOptions = true,
        description = "Show a document's access level, or set it: public, internal (staff only) or confidential "
                + "(administrators only). The index follows at once.")
final class AccessCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Mixin
    ViewerOption viewer;

    @Parameters(index = "0", paramLabel = "ID", description = "the document's id")
    long id;

    @Parameters(index = "1", arity = "0..1", paramLabel = "LEVEL", description = "public, internal or confidential")
    String level;

    @Override
    public Integer call() {
        Optional<AccessLevel> wanted = Optional.empty();
        if (level != null) {
            wanted = AccessLevel.parse(level);
            if (wanted.isEmpty()) {
                System.err.println("vanthu: LEVEL must be public, internal or confidential, not '" + level + "'");
                return 2;
            }
        }
        try (Archive archive = data.openExisting()) {
            ArchiveView view = viewer.view(archive);
            if (wanted.isEmpty()) {
                Optional<AccessLevel> current = view.accessLevel(id);
                if (current.isEmpty()) {
                    System.err.println("vanthu: no document with id " + id);
                    return 1;
                }
                System.out.println(id + "  " + current.get().key() + " (" + current.get().label() + ")");
                return 0;
            }
            Optional<ArchiveView.AccessChange> change = view.setAccess(id, wanted.get());
            if (change.isEmpty()) {
                System.err.println("vanthu: no document with id " + id);
                return 1;
            }
            ArchiveView.AccessChange c = change.get();
            System.out.println(id + "  " + c.from().key() + " → " + c.to().key() + " (" + c.to().label() + ")");
            return 0;
        }
    }
}
