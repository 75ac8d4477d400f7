package dev.ormplayground.challenge.isolated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormplayground.challenge.Challenges;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A check's default limits follow its hidden data set's size; a limit out of range is refused with the range. */
class CheckLimitsTest {

    private final Challenges challenges = Challenges.load(List.of());

    @Test
    void theHiddenDataSetsLimitGrowsWithItsPosts() {
        CheckLimits small = CheckLimits.of(challenges.byId("n-plus-one"));
        CheckLimits big = CheckLimits.of(challenges.byId("use-the-index"));

        assertThat(small.sample()).isEqualTo(Duration.ofSeconds(30));
        assertThat(small.hidden()).isEqualTo(Duration.ofSeconds(30));
        assertThat(big.sample()).isEqualTo(Duration.ofSeconds(30));
        assertThat(big.hidden()).isEqualTo(Duration.ofSeconds(130));
        assertThat(big.memoryMegabytes()).isEqualTo(512 + 100_000 * 12 / 1024);
    }

    @Test
    void limitsOutOfRangeNameTheRange() {
        assertThatThrownBy(() -> new CheckLimits(Duration.ZERO, 512)).hasMessage("the time limit must be 1 to 3600 seconds, got 0");
        assertThatThrownBy(() -> new CheckLimits(Duration.ofSeconds(5), 100)).hasMessage("the memory limit must be 256 to 16384 MB, got 100");
    }
}
