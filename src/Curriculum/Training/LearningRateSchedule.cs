namespace Curriculum.Training;

/// <summary>
/// Learning-rate schedules as plain functions of the optimiser step (0-based), for any optimiser: set the rate before
/// each step (see <see cref="SpeedRun"/>). Introduced in lesson 09.
/// </summary>
public static class LearningRateSchedule
{
    /// <summary>
    /// Linear warmup then cosine decay: the rate rises linearly to <paramref name="peak"/> over the first
    /// <paramref name="warmupSteps"/> steps (step s gets peak·(s+1)/warmupSteps), then falls along half a cosine from
    /// <paramref name="peak"/> to <paramref name="floor"/> at <paramref name="totalSteps"/>, and stays at the floor after
    /// that. Warmup avoids large, badly aimed first steps while Adam's statistics are still noisy; the decay takes small
    /// steps at the end to settle into a minimum. Introduced in lesson 09.
    /// </summary>
    public static double WarmupCosine(int step, int warmupSteps, int totalSteps, double peak, double floor = 0)
    {
        if (step < 0) throw new ArgumentOutOfRangeException(nameof(step), step, "step must be 0 or more");
        if (warmupSteps < 0) throw new ArgumentOutOfRangeException(nameof(warmupSteps), warmupSteps, "warmupSteps must be 0 or more");
        if (totalSteps <= warmupSteps)
            throw new ArgumentOutOfRangeException(nameof(totalSteps), totalSteps, $"totalSteps must be more than warmupSteps ({warmupSteps})");
        if (!(peak > 0) || double.IsInfinity(peak)) throw new ArgumentOutOfRangeException(nameof(peak), peak, "peak must be a positive number");
        if (!(floor >= 0 && floor <= peak)) throw new ArgumentOutOfRangeException(nameof(floor), floor, $"floor must be between 0 and peak ({peak})");
        if (step < warmupSteps) return peak * (step + 1) / warmupSteps;
        var progress = Math.Min(1.0, (double)(step - warmupSteps) / (totalSteps - warmupSteps));
        return floor + (peak - floor) * 0.5 * (1 + Math.Cos(Math.PI * progress));
    }

    /// <summary>
    /// <see cref="WarmupCosine(int, int, int, double, double)"/> as a function of the step, with the settings checked once
    /// here. Introduced in lesson 09.
    /// </summary>
    public static Func<int, double> WarmupCosine(int warmupSteps, int totalSteps, double peak, double floor = 0)
    {
        WarmupCosine(0, warmupSteps, totalSteps, peak, floor);
        return step => WarmupCosine(step, warmupSteps, totalSteps, peak, floor);
    }
}
