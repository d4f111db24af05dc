package vn.vanthu.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.vanthu.Archive;
import vn.vanthu.index.SearchHit;
import vn.vanthu.index.SearchRequest;
import vn.vanthu.index.SearchResults;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the archive and print the best matches (diacritics optional).")
final class SearchCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Mixin
    ViewerOption viewer;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "words, \"phrases\", -exclusions or a number like 40/KH-HĐND")
    List<String> words;

    @Option(names = "--size", defaultValue = "10", description = "how many hits to print (1-100, default ${DEFAULT-VALUE})")
    int size;

    @Override
    public Integer call() {
        try (Archive archive = data.openExisting()) {
            SearchRequest request = SearchRequest.of(String.join(" ", words));
            request = new SearchRequest(request.query(), request.type(), request.issuer(), request.year(),
                    request.session(), request.from(), request.to(), request.sort(), 1, size);
            SearchResults results = viewer.view(archive).search(request);
            System.out.println(results.total() + " kết quả (" + results.tookMs() + " ms)");
            for (SearchHit h : results.hits()) {
                System.out.printf("%5d  %-18s %-10s %s%n", h.id(), h.number().orElse("-"), h.issued().orElse("-"), h.title());
                for (String s : h.snippets()) {
                    System.out.println("       " + Snippets.toTerminal(s));
                }
            }
            return 0;
        }
    }
}
