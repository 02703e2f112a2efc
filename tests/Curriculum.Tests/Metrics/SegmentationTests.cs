using Curriculum.Metrics;

namespace Curriculum.Tests.Metrics;

public class SegmentationTests
{
    private static bool[] Mask(string pattern) => pattern.Select(c => c == '1').ToArray();

    [Fact]
    public void IoU_and_Dice_of_a_hand_counted_pair()
    {
        var truth = Mask("11110000");
        var predicted = Mask("01111100"); // overlap 3, union 6, sizes 4 + 5

        Assert.Equal(3.0 / 6, Segmentation.Iou(truth, predicted), 12);
        Assert.Equal(6.0 / 9, Segmentation.Dice(truth, predicted), 12);
        var iou = Segmentation.Iou(truth, predicted);
        Assert.Equal(2 * iou / (1 + iou), Segmentation.Dice(truth, predicted), 12); // Dice = 2 IoU / (1 + IoU)
    }

    [Fact]
    public void Edge_cases_perfect_disjoint_and_both_empty()
    {
        Assert.Equal(1.0, Segmentation.Iou(Mask("0110"), Mask("0110")));
        Assert.Equal(0.0, Segmentation.Iou(Mask("1100"), Mask("0011")));
        Assert.Equal(0.0, Segmentation.Dice(Mask("1100"), Mask("0000")));
        Assert.Equal(1.0, Segmentation.Iou(Mask("0000"), Mask("0000")));
        Assert.Equal(1.0, Segmentation.Dice(Mask("0000"), Mask("0000")));
    }

    [Fact]
    public void Mean_IoU_weights_images_equally_and_class_mean_IoU_pools_pixels()
    {
        bool[][] truths = [Mask("1100"), Mask("1111")];
        bool[][] predictions = [Mask("1000"), Mask("1111")];

        Assert.Equal((0.5 + 1) / 2, Segmentation.MeanIou(truths, predictions), 12);
        Assert.Equal((2.0 / 3 + 1) / 2, Segmentation.MeanDice(truths, predictions), 12);
        // Pooled: object 5 of 6 (IoU 5/6); background: pixels 3 and 4 of image 1 agree, pixel 2 predicted background only
        // -> IoU 2/3. Mean (5/6 + 2/3) / 2 = 0.75.
        Assert.Equal(0.75, Segmentation.ClassMeanIou(truths, predictions), 12);
    }

    [Fact]
    public void Mismatches_are_named()
    {
        var e = Assert.Throws<ArgumentException>(() => Segmentation.Iou(Mask("11"), Mask("111")));
        Assert.Equal("predicted", e.ParamName);
        Assert.Contains("2 pixels but the predicted one has 3", e.Message);
        Assert.Equal("predictions", Assert.Throws<ArgumentException>(() => Segmentation.MeanIou([Mask("1")], [])).ParamName);
        Assert.Equal("truths", Assert.Throws<ArgumentException>(() => Segmentation.MeanIou([], [])).ParamName);
    }

    [Fact]
    public void Global_threshold_finds_the_level_and_side_that_separate_a_separable_set()
    {
        // Objects are dark (0.2, 0.3), background bright (0.6, 0.9): any level between 0.3 and 0.6 with "darker" is perfect.
        float[][] images = [[0.2f, 0.9f, 0.6f], [0.3f, 0.3f, 0.8f]];
        bool[][] masks = [Mask("100"), Mask("110")];

        var fit = GlobalThreshold.Fit(images, masks);

        Assert.False(fit.ObjectIsBrighter);
        Assert.InRange(fit.Threshold, 0.3, 0.6);
        Assert.Equal(masks[0], fit.Apply(images[0]));
        Assert.Equal(masks[1], fit.Apply(images[1]));
        Assert.Equal(Mask("0011"), new GlobalThreshold(0.5, ObjectIsBrighter: true).Apply([0.1f, 0.49f, 0.5f, 1f]));
    }

    [Fact]
    public void Global_threshold_picks_the_brighter_side_when_objects_are_bright()
    {
        float[][] images = [[0.9f, 0.1f, 0.2f, 0.8f]];
        var fit = GlobalThreshold.Fit(images, [Mask("1001")]);
        Assert.True(fit.ObjectIsBrighter);
        Assert.Equal(Mask("1001"), fit.Apply(images[0]));
        Assert.Equal("masks", Assert.Throws<ArgumentException>(() => GlobalThreshold.Fit(images, [])).ParamName);
    }
}
