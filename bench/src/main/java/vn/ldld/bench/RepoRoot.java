package vn.ldld.bench;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.ldld.platform.PlatformConfig;
import vn.ldld.platform.PlatformException;

/** The repository the benchmark belongs to: above the working directory, or above the benchmark's jar. */
final class RepoRoot {

    private RepoRoot() {
    }

    /** @return the repository root, or empty when the benchmark runs outside it (a copied jar) */
    static Optional<Path> find() {
        List<Path> places = new ArrayList<>(List.of(Path.of("")));
        try {
            places.add(Path.of(RepoRoot.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            // no code source (an unusual class loader): the working directory only
        }
        for (Path start : places) {
            try {
                return Optional.of(PlatformConfig.findRepoRoot(start));
            } catch (PlatformException e) {
                // not inside the repository: try the next place
            }
        }
        return Optional.empty();
    }
}
