using Curriculum.Text;

namespace Curriculum.Tests.Text;

public class BilingualGrammarTests
{
    [Fact]
    public void Same_seed_same_sentences_different_seed_different_sentences()
    {
        var a = BilingualGrammar.Generate(200, seed: 3).Select(p => p.EnglishText + "|" + p.ChineseText).ToArray();
        var b = BilingualGrammar.Generate(200, seed: 3).Select(p => p.EnglishText + "|" + p.ChineseText).ToArray();
        var c = BilingualGrammar.Generate(200, seed: 4).Select(p => p.EnglishText + "|" + p.ChineseText).ToArray();

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void Hand_checked_sentences_have_the_right_word_order_and_measure_words()
    {
        var past = BilingualGrammar.Make(SentenceForm.Past, "the supplier", "ship", "samples", 3, "yesterday");
        Assert.Equal("the supplier shipped three boxes of samples yesterday .", past.EnglishText);
        Assert.Equal(["供应商", "昨天", "发运", "了", "三", "箱", "样品", "。"], past.Chinese);

        var future = BilingualGrammar.Make(SentenceForm.Future, "the manager", "approve", "invoice", 2, "tomorrow");
        Assert.Equal("the manager will approve two invoices tomorrow .", future.EnglishText);
        Assert.Equal("经理明天将批准两张发票。", future.ChineseText); // 两, not 二, before a measure word

        var one = BilingualGrammar.Make(SentenceForm.PastQuestion, "the client", "order", "steel", 1, "last week");
        Assert.Equal("did the client order one ton of steel last week ?", one.EnglishText);
        Assert.Equal("客户上周订购了一吨钢材吗？", one.ChineseText);

        var negative = BilingualGrammar.Make(SentenceForm.Negative, "our team", "sign", "contract", 0, "on monday");
        Assert.Equal("our team did not sign any contracts on monday .", negative.EnglishText);
        Assert.Equal("我们团队星期一没有签署任何合同。", negative.ChineseText);

        var question = BilingualGrammar.Make(SentenceForm.FutureQuestion, "head office", "deliver", "truck", 10, "next month");
        Assert.Equal("will head office deliver ten trucks next month ?", question.EnglishText);
        Assert.Equal("总部下个月会交付十辆卡车吗？", question.ChineseText);
    }

    [Fact]
    public void Every_generated_pair_is_consistent_with_its_choices()
    {
        string[] numbers = ["一", "两", "三", "四", "五", "六", "七", "八", "九", "十"];
        foreach (var p in BilingualGrammar.Generate(2000, seed: 5).Concat(BilingualGrammar.Generate(500, seed: 6, heldOut: true)))
        {
            // Rebuilding from the recorded choices gives the same sentences (the pair is what its choices say).
            var again = BilingualGrammar.Make(p.Form, p.Subject, p.Verb, p.Object, p.Count, p.Time);
            Assert.Equal(again.English, p.English);
            Assert.Equal(again.Chinese, p.Chinese);
            Assert.StartsWith(p.Form is SentenceForm.PastQuestion ? "did " + p.Subject : p.Form is SentenceForm.FutureQuestion ? "will " + p.Subject : p.Subject, p.EnglishText);
            Assert.EndsWith(p.Time + (p.EnglishText.EndsWith('?') ? " ?" : " ."), p.EnglishText);
            Assert.Equal(p.EnglishText.EndsWith('?'), p.Chinese[^1] == "？" && p.Chinese[^2] == "吗");
            if (p.Form == SentenceForm.Negative) Assert.Contains("没有", p.Chinese);
            else Assert.Equal(numbers[p.Count - 1], p.Chinese[4]); // subject, time, 将/了/会 and verb come first
            Assert.Equal(p.Form is SentenceForm.Past or SentenceForm.PastQuestion, p.Chinese.Contains("了"));
            Assert.Equal(p.Count == 1, p.English.Contains("one"));
            Assert.Equal(p.Form == SentenceForm.Negative, p.English.Contains("any") && p.Chinese.Contains("任何"));
        }
    }

    [Fact]
    public void Held_out_combinations_never_appear_in_training_sentences_and_always_in_test_sentences()
    {
        var train = BilingualGrammar.Generate(5000, seed: 7);
        var test = BilingualGrammar.Generate(1000, seed: 8, heldOut: true);

        Assert.DoesNotContain(train, p => BilingualGrammar.HeldOutSubjectObjects.Contains((p.Subject, p.Object)));
        Assert.DoesNotContain(train, p => BilingualGrammar.HeldOutVerbTimes.Contains((p.Verb, p.Time)));
        Assert.All(test, p => Assert.True(BilingualGrammar.HeldOutSubjectObjects.Contains((p.Subject, p.Object)) || BilingualGrammar.HeldOutVerbTimes.Contains((p.Verb, p.Time))));
        var trainTexts = train.Select(p => p.EnglishText).ToHashSet();
        Assert.DoesNotContain(test, p => trainTexts.Contains(p.EnglishText));
        // Every held-out combination is actually tested, and each part of it does occur in training on its own.
        foreach (var (subject, obj) in BilingualGrammar.HeldOutSubjectObjects)
        {
            Assert.Contains(test, p => p.Subject == subject && p.Object == obj);
            Assert.Contains(train, p => p.Subject == subject);
            Assert.Contains(train, p => p.Object == obj);
        }
        foreach (var (verb, time) in BilingualGrammar.HeldOutVerbTimes)
        {
            Assert.Contains(test, p => p.Verb == verb && p.Time == time);
            Assert.Contains(train, p => p.Verb == verb);
            Assert.Contains(train, p => p.Time == time);
        }
    }

    [Fact]
    public void Mismatched_choices_are_rejected_with_the_argument_named()
    {
        Assert.Equal("obj", Assert.Throws<ArgumentException>(() => BilingualGrammar.Make(SentenceForm.Past, "the client", "sign", "truck", 2, "yesterday")).ParamName);
        Assert.Equal("time", Assert.Throws<ArgumentException>(() => BilingualGrammar.Make(SentenceForm.Future, "the client", "sign", "contract", 2, "yesterday")).ParamName);
        Assert.Equal("subject", Assert.Throws<ArgumentException>(() => BilingualGrammar.Make(SentenceForm.Past, "the cat", "sign", "contract", 2, "yesterday")).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => BilingualGrammar.Make(SentenceForm.Past, "the client", "sign", "contract", 0, "yesterday"));
        Assert.Throws<ArgumentOutOfRangeException>(() => BilingualGrammar.Generate(0, seed: 1));
    }
}
