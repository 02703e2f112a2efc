namespace Curriculum.Text;

/// <summary>The sentence forms the grammar generates. Introduced in lesson 08.</summary>
public enum SentenceForm { Future, Past, Negative, PastQuestion, FutureQuestion }

/// <summary>
/// One generated English sentence and its Chinese translation, as tokens (English words, Chinese words of the grammar),
/// with the choices that produced it.
/// Introduced in lesson 08.</summary>
public sealed record SentencePair(string[] English, string[] Chinese, SentenceForm Form, string Subject, string Verb, string Object, int Count, string Time)
{
    public string EnglishText => string.Join(' ', English);
    /// <summary>The Chinese sentence as written (no spaces).</summary>
    public string ChineseText => string.Concat(Chinese);
}

/// <summary>
/// A seeded bilingual grammar of English → Chinese business sentences ("the supplier shipped three boxes of samples
/// yesterday ." → "供应商 昨天 发运 了 三 箱 样品 。"): subjects, verbs, objects with their Chinese measure words,
/// counts (两, not 二, before a measure word), times that move before the verb in Chinese, and five sentence forms
/// (将 future, 了 past, 没有 negative, 吗 questions). Some subject–object and verb–time combinations are held out:
/// <see cref="Generate"/> with heldOut: false never produces them, heldOut: true always produces at least one, so a
/// test set of held-out pairs contains only combinations the model never saw. Synthetic and far easier than real
/// translation. Introduced in lesson 08.
/// </summary>
public static class BilingualGrammar
{
    private sealed record Noun(string Key, string Singular, string Plural, string Measure, string Chinese);
    private sealed record Verb(string Key, string Past, string Chinese, string[] Objects);
    private sealed record TimeWord(string Key, string Chinese, bool Future, bool PastTense);

    private static readonly (string English, string Chinese)[] Subjects =
    [
        ("the manager", "经理"), ("the client", "客户"), ("our team", "我们团队"), ("the supplier", "供应商"),
        ("the finance department", "财务部"), ("the sales team", "销售团队"), ("the buyer", "采购员"), ("the lawyer", "律师"),
        ("head office", "总部"),
    ];

    private static readonly Noun[] Nouns =
    [
        new("contract", "contract", "contracts", "份", "合同"),
        new("invoice", "invoice", "invoices", "张", "发票"),
        new("report", "report", "reports", "份", "报告"),
        new("order", "order", "orders", "个", "订单"),
        new("meeting", "meeting", "meetings", "个", "会议"),
        new("samples", "box of samples", "boxes of samples", "箱", "样品"),
        new("laptop", "laptop", "laptops", "台", "笔记本电脑"),
        new("truck", "truck", "trucks", "辆", "卡车"),
        new("container", "container", "containers", "个", "集装箱"),
        new("steel", "ton of steel", "tons of steel", "吨", "钢材"),
    ];

    private static readonly Verb[] Verbs =
    [
        new("approve", "approved", "批准", ["contract", "invoice", "order", "report"]),
        new("sign", "signed", "签署", ["contract"]),
        new("send", "sent", "发送", ["invoice", "report", "contract", "samples"]),
        new("ship", "shipped", "发运", ["samples", "laptop", "container", "steel"]),
        new("order", "ordered", "订购", ["laptop", "truck", "steel", "samples", "container"]),
        new("cancel", "cancelled", "取消", ["order", "meeting", "contract"]),
        new("review", "reviewed", "审核", ["contract", "invoice", "report", "order"]),
        new("schedule", "scheduled", "安排", ["meeting"]),
        new("deliver", "delivered", "交付", ["laptop", "truck", "container", "steel", "report"]),
    ];

    private static readonly TimeWord[] Times =
    [
        new("tomorrow", "明天", true, false), new("next week", "下周", true, false), new("next month", "下个月", true, false),
        new("yesterday", "昨天", false, true), new("last week", "上周", false, true), new("last month", "上个月", false, true),
        new("this morning", "今天上午", false, true), new("this afternoon", "今天下午", true, true),
        new("on monday", "星期一", true, true), new("on friday", "星期五", true, true),
    ];

    private static readonly string[] NumberWords = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
    private static readonly string[] ChineseNumbers = ["一", "两", "三", "四", "五", "六", "七", "八", "九", "十"];

    /// <summary>Subject–object combinations (English subject, object key) that only held-out sentences contain. Introduced in lesson 08.</summary>
    public static IReadOnlyList<(string Subject, string Object)> HeldOutSubjectObjects { get; } =
        [("the supplier", "contract"), ("the client", "laptop"), ("head office", "invoice"), ("the lawyer", "container"), ("our team", "meeting")];

    /// <summary>Verb–time combinations (verb key, English time) that only held-out sentences contain. Introduced in lesson 08.</summary>
    public static IReadOnlyList<(string Verb, string Time)> HeldOutVerbTimes { get; } =
        [("sign", "tomorrow"), ("ship", "last week"), ("cancel", "on friday"), ("deliver", "this morning"), ("review", "next month")];

    /// <summary>True when the pair uses a held-out subject–object or verb–time combination. Introduced in lesson 08.</summary>
    public static bool IsHeldOut(SentencePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        return HeldOutSubjectObjects.Contains((pair.Subject, pair.Object)) || HeldOutVerbTimes.Contains((pair.Verb, pair.Time));
    }

    /// <summary>
    /// <paramref name="count"/> sentence pairs drawn with <paramref name="seed"/>: with heldOut false, only pairs
    /// without any held-out combination (for training and validation); with heldOut true, only pairs with at least one
    /// (for the test). Duplicates are possible. Introduced in lesson 08.
    /// </summary>
    public static IReadOnlyList<SentencePair> Generate(int count, int seed, bool heldOut = false)
    {
        if (count <= 0) throw new ArgumentOutOfRangeException(nameof(count), count, "count must be a positive number of sentence pairs");
        var random = new Random(seed);
        var pairs = new List<SentencePair>(count);
        while (pairs.Count < count)
        {
            var pair = Sample(random);
            if (IsHeldOut(pair) == heldOut) pairs.Add(pair);
        }
        return pairs;
    }

    /// <summary>Builds one pair from explicit choices (throws on a verb–object or tense–time mismatch). Introduced in lesson 08.</summary>
    public static SentencePair Make(SentenceForm form, string subject, string verb, string obj, int count, string time)
    {
        var s = Subjects.FirstOrDefault(x => x.English == subject);
        if (s.English is null) throw new ArgumentException($"unknown subject \"{subject}\"; known: {string.Join(", ", Subjects.Select(x => x.English))}", nameof(subject));
        var v = Verbs.FirstOrDefault(x => x.Key == verb) ?? throw new ArgumentException($"unknown verb \"{verb}\"; known: {string.Join(", ", Verbs.Select(x => x.Key))}", nameof(verb));
        var o = Nouns.FirstOrDefault(x => x.Key == obj) ?? throw new ArgumentException($"unknown object \"{obj}\"; known: {string.Join(", ", Nouns.Select(x => x.Key))}", nameof(obj));
        if (!v.Objects.Contains(obj)) throw new ArgumentException($"\"{verb}\" does not take \"{obj}\"; it takes {string.Join(", ", v.Objects)}", nameof(obj));
        var t = Times.FirstOrDefault(x => x.Key == time) ?? throw new ArgumentException($"unknown time \"{time}\"; known: {string.Join(", ", Times.Select(x => x.Key))}", nameof(time));
        var future = form is SentenceForm.Future or SentenceForm.FutureQuestion;
        if (future ? !t.Future : !t.PastTense) throw new ArgumentException($"\"{time}\" does not fit the {form} form", nameof(time));
        if (form == SentenceForm.Negative ? count != 0 : count is < 1 or > 10)
            throw new ArgumentOutOfRangeException(nameof(count), count, "count is 1..10, and 0 for the negative form (\"any\")");

        var english = new List<string>();
        var chinese = new List<string>();
        var thing = count == 1 ? o.Singular : o.Plural;
        var quantity = count == 0 ? "any " + o.Plural : NumberWords[count - 1] + " " + thing;
        var quantityZh = count == 0 ? new[] { "任何", o.Chinese } : [ChineseNumbers[count - 1], o.Measure, o.Chinese];
        switch (form)
        {
            case SentenceForm.Future:
                english.AddRange($"{s.English} will {v.Key} {quantity} {t.Key} .".Split(' '));
                chinese.AddRange([s.Chinese, t.Chinese, "将", v.Chinese, .. quantityZh, "。"]);
                break;
            case SentenceForm.Past:
                english.AddRange($"{s.English} {v.Past} {quantity} {t.Key} .".Split(' '));
                chinese.AddRange([s.Chinese, t.Chinese, v.Chinese, "了", .. quantityZh, "。"]);
                break;
            case SentenceForm.Negative:
                english.AddRange($"{s.English} did not {v.Key} {quantity} {t.Key} .".Split(' '));
                chinese.AddRange([s.Chinese, t.Chinese, "没有", v.Chinese, .. quantityZh, "。"]);
                break;
            case SentenceForm.PastQuestion:
                english.AddRange($"did {s.English} {v.Key} {quantity} {t.Key} ?".Split(' '));
                chinese.AddRange([s.Chinese, t.Chinese, v.Chinese, "了", .. quantityZh, "吗", "？"]);
                break;
            case SentenceForm.FutureQuestion:
                english.AddRange($"will {s.English} {v.Key} {quantity} {t.Key} ?".Split(' '));
                chinese.AddRange([s.Chinese, t.Chinese, "会", v.Chinese, .. quantityZh, "吗", "？"]);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(form), form, "unknown sentence form");
        }
        return new SentencePair(english.ToArray(), chinese.ToArray(), form, s.English, v.Key, o.Key, count, t.Key);
    }

    private static SentencePair Sample(Random random)
    {
        var form = (SentenceForm)random.Next(5);
        var subject = Subjects[random.Next(Subjects.Length)].English;
        var verb = Verbs[random.Next(Verbs.Length)];
        var obj = verb.Objects[random.Next(verb.Objects.Length)];
        var future = form is SentenceForm.Future or SentenceForm.FutureQuestion;
        var times = Times.Where(t => future ? t.Future : t.PastTense).ToArray();
        var time = times[random.Next(times.Length)].Key;
        var count = form == SentenceForm.Negative ? 0 : 1 + random.Next(10);
        return Make(form, subject, verb.Key, obj, count, time);
    }
}
