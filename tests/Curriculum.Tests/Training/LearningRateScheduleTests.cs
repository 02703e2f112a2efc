using Curriculum.Training;

namespace Curriculum.Tests.Training;

public class LearningRateScheduleTests
{
    [Theory]
    [InlineData(0, 0.1)]    // warmup: peak·1/10
    [InlineData(4, 0.5)]
    [InlineData(9, 1.0)]    // last warmup step reaches the peak
    [InlineData(10, 1.0)]   // decay starts at the peak
    [InlineData(60, 0.55)]  // half-way through the decay: (peak + floor) / 2
    [InlineData(110, 0.1)]  // end: the floor
    [InlineData(500, 0.1)]  // after the end: stays at the floor
    public void Warmup_then_cosine_hits_hand_computed_values(int step, double expected)
    {
        Assert.Equal(expected, LearningRateSchedule.WarmupCosine(step, warmupSteps: 10, totalSteps: 110, peak: 1.0, floor: 0.1), 12);
    }

    [Fact]
    public void A_quarter_of_the_decay_follows_the_cosine()
    {
        // progress 0.25: 0.5·(1 + cos(π/4)) = 0.853553...
        Assert.Equal(0.5 * (1 + Math.Sqrt(0.5)), LearningRateSchedule.WarmupCosine(25, 0, 100, 1.0), 12);
    }

    [Fact]
    public void Rises_during_warmup_and_never_rises_after_it()
    {
        var rates = Enumerable.Range(0, 300).Select(LearningRateSchedule.WarmupCosine(20, 250, 0.003, 0.0001)).ToArray();

        for (var s = 1; s < 20; s++) Assert.True(rates[s] > rates[s - 1], $"step {s}");
        for (var s = 21; s < 300; s++) Assert.True(rates[s] <= rates[s - 1], $"step {s}");
        Assert.Equal(0.003, rates.Max(), 12);
        Assert.Equal(0.0001, rates.Min(), 12);
    }

    [Fact]
    public void Without_warmup_it_starts_at_the_peak()
    {
        Assert.Equal(0.5, LearningRateSchedule.WarmupCosine(0, 0, 10, 0.5), 12);
    }

    [Theory]
    [InlineData(-1, 0, 10, 1.0, 0.0, "step")]
    [InlineData(0, -1, 10, 1.0, 0.0, "warmupSteps")]
    [InlineData(0, 10, 10, 1.0, 0.0, "totalSteps")]
    [InlineData(0, 0, 10, 0.0, 0.0, "peak")]
    [InlineData(0, 0, 10, double.NaN, 0.0, "peak")]
    [InlineData(0, 0, 10, 1.0, 2.0, "floor")]
    public void Bad_settings_are_named(int step, int warmup, int total, double peak, double floor, string name)
    {
        Assert.Equal(name, Assert.Throws<ArgumentOutOfRangeException>(() => LearningRateSchedule.WarmupCosine(step, warmup, total, peak, floor)).ParamName);
    }

    [Fact]
    public void The_function_form_checks_its_settings_at_once()
    {
        Assert.Equal("totalSteps", Assert.Throws<ArgumentOutOfRangeException>(() => LearningRateSchedule.WarmupCosine(5, 5, 1.0)).ParamName);
    }
}
