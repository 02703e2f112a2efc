using Curriculum.Vision;

namespace Curriculum.Tests.Vision;

public class BoxesTests
{
    [Fact]
    public void IoU_of_known_pairs()
    {
        var a = new Box(0, 0, 10, 10);
        Assert.Equal(1.0, a.Iou(a));
        Assert.Equal(81.0 / 119, a.Iou(new Box(1, 1, 11, 11)), 12);   // overlap 9x9, union 100 + 100 - 81
        Assert.Equal(25.0 / 100, a.Iou(new Box(0, 0, 5, 5)), 12);     // inside: small area / big area
        Assert.Equal(0.0, a.Iou(new Box(10, 0, 20, 10)));             // touching edges do not overlap
        Assert.Equal(0.0, new Box(3, 3, 3, 3).Iou(new Box(3, 3, 3, 3))); // empty boxes
        Assert.Equal(a.Iou(new Box(2, 5, 13, 9)), new Box(2, 5, 13, 9).Iou(a)); // symmetric
    }

    [Fact]
    public void Size_centre_and_from_centre_agree()
    {
        var b = Box.FromCentre(5, 8, 4, 6);
        Assert.Equal(new Box(3, 5, 7, 11), b);
        Assert.Equal((4.0, 6.0, 24.0, 5.0, 8.0), (b.Width, b.Height, b.Area, b.CentreX, b.CentreY));
        Assert.Equal(0, new Box(5, 5, 2, 9).Area); // inverted: empty, not negative
    }

    [Fact]
    public void Nms_drops_overlapping_boxes_of_the_same_image_and_class_only()
    {
        Detection[] detections =
        [
            new(0, 0, 0.8, new Box(1, 1, 11, 11)),   // IoU 0.68 with the best: suppressed at 0.5
            new(0, 0, 0.9, new Box(0, 0, 10, 10)),   // best
            new(0, 0, 0.7, new Box(20, 20, 30, 30)), // no overlap: kept
            new(0, 1, 0.6, new Box(1, 1, 11, 11)),   // other class: kept
            new(1, 0, 0.5, new Box(1, 1, 11, 11)),   // other image: kept
        ];

        var kept = Boxes.Nms(detections, iouThreshold: 0.5);

        Assert.Equal([0.9, 0.7, 0.6, 0.5], kept.Select(d => d.Score));
        Assert.Equal(5, Boxes.Nms(detections, iouThreshold: 0.7).Count); // 0.68 <= 0.7: both kept
        Assert.Empty(Boxes.Nms([], 0.5));
        Assert.Equal("iouThreshold", Assert.Throws<ArgumentOutOfRangeException>(() => Boxes.Nms(detections, 1.5)).ParamName);
    }

    [Fact]
    public void Nms_is_greedy_a_box_suppressed_by_a_suppressed_box_can_survive()
    {
        // b overlaps a and c; c does not overlap a. a suppresses b, so c, no longer suppressed by anything, stays.
        Detection[] chain =
        [
            new(0, 0, 0.9, new Box(0, 0, 10, 10)),
            new(0, 0, 0.8, new Box(4, 0, 14, 10)),
            new(0, 0, 0.7, new Box(8, 0, 18, 10)),
        ];
        Assert.Equal([0.9, 0.7], Boxes.Nms(chain, 0.3).Select(d => d.Score));
    }
}
