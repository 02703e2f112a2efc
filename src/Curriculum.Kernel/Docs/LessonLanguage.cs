namespace Curriculum.Kernel.Docs;

/// <summary>
/// A language the lessons are written in: the folder of its notebooks and the fixed headings and markers every lesson in
/// it uses (the anatomy test, the generated docs and the site look for exactly these strings). English is the source;
/// the Chinese edition is translated from it, cell by cell, with the same code cells.
/// </summary>
public sealed record LessonLanguage
{
    /// <summary>"en" or "zh": the site's sub-folder for the translation and the suffix of generated files.</summary>
    public required string Code { get; init; }
    public required string HtmlLang { get; init; }
    /// <summary>The notebooks' folder, a sibling of the other language's at the same depth (so `#r "../artifacts/…"` holds).</summary>
    public required string Folder { get; init; }
    /// <summary>The language's own name, for the site's language switch.</summary>
    public required string Name { get; init; }
    public required string ShortAnswer { get; init; }
    public required string WhatWeBuild { get; init; }
    public required string Check { get; init; }
    public required string CommonAnswer { get; init; }
    public required string InBusiness { get; init; }
    public required string Exercises { get; init; }
    public required string Summary { get; init; }
    public required string Questionnaire { get; init; }
    public required string AnswersSummaryTag { get; init; }
    public required string AnswerHeading { get; init; }
    public required string FurtherReading { get; init; }
    public required string LibraryHeading { get; init; }
    public required string LibraryIntro { get; init; }
    public required string NoLibrary { get; init; }
    public required string Hint { get; init; }
    public required string Say { get; init; }
    public required string DontSay { get; init; }
    public required string Proof { get; init; }
    /// <summary>The generated file of all thirty 30-second answers, relative to the repository root.</summary>
    public required string AnswersFile { get; init; }
    public required string AnswersTitle { get; init; }
    public required string AnswersIntro { get; init; }
    public required string LessonLink { get; init; }
    /// <summary>Site texts: the index title, its line under the title, the table's column names and the link back.</summary>
    public required string SiteTitle { get; init; }
    public required string SiteIntro { get; init; }
    public required string[] SiteColumns { get; init; }
    public required string AllLessons { get; init; }
    /// <summary>A run's words on the site: a lesson's status cell, its page's status line, the index's closing sentence.</summary>
    public required string Pass { get; init; }
    public required string Fail { get; init; }
    public required Func<bool, double, string> RunStatus { get; init; }
    public required Func<int, int, string> Closing { get; init; }

    public static LessonLanguage English { get; } = new()
    {
        Code = "en", HtmlLang = "en", Folder = "notebooks", Name = "English",
        ShortAnswer = "**The short answer**", WhatWeBuild = "**What we build**", Check = "## Check",
        CommonAnswer = "## What the common answer gets wrong", InBusiness = "## In business", Exercises = "## Exercises",
        Summary = "## Summary", Questionnaire = "## Questionnaire", AnswersSummaryTag = "<summary>Answers</summary>",
        AnswerHeading = "## The 30-second answer", FurtherReading = "## Further reading",
        LibraryHeading = "## The library code behind this lesson",
        LibraryIntro = "The helpers this lesson calls, in `src/Curriculum/` (each one's summary names the lesson that introduced it):",
        NoLibrary = "This lesson calls no helper of the library directly.",
        Hint = "*Hint:*", Say = "- **Say:**", DontSay = "- **Don't say:**", Proof = "- **Proof:**",
        AnswersFile = "docs/interview-answers.md",
        AnswersTitle = "# The 30-second answers",
        AnswersIntro = """
            What to say in an interview for each question of the source article, what not to say, and the number from the
            lesson that proves it (measured on the 2-core build machine; it varies a little by CPU). Generated from the lessons'
            "The 30-second answer" sections by `dotnet run --project src/Curriculum.Kernel -c Release -- docs`: edit the
            lessons, not this file.
            """,
        LessonLink = "The lesson",
        SiteTitle = "Applied AI in C#: executed lessons",
        SiteIntro = "Every page below is a lesson notebook as it ran, with its outputs and charts; it works offline.",
        SiteColumns = ["Lesson", "Status", "Seconds", "Headline result"],
        AllLessons = "All lessons",
        Pass = "pass", Fail = "FAIL",
        RunStatus = (passed, seconds) => $"{(passed ? "passed" : "FAILED")} in {seconds:F1} s",
        Closing = (passed, failed) => $"{passed} passed, {failed} failed.",
    };

    public static LessonLanguage Chinese { get; } = new()
    {
        Code = "zh", HtmlLang = "zh-CN", Folder = "notebooks-zh", Name = "中文",
        ShortAnswer = "**简短回答**", WhatWeBuild = "**本课做什么**", Check = "## 检查",
        CommonAnswer = "## 常见回答错在哪里", InBusiness = "## 在业务中", Exercises = "## 练习",
        Summary = "## 小结", Questionnaire = "## 自测题", AnswersSummaryTag = "<summary>答案</summary>",
        AnswerHeading = "## 30 秒回答", FurtherReading = "## 延伸阅读",
        LibraryHeading = "## 本课背后的库代码",
        LibraryIntro = "本课调用的辅助代码位于 `src/Curriculum/`（每个类型的文档注释写明了引入它的课程）：",
        NoLibrary = "本课没有直接调用库中的辅助代码。",
        Hint = "*提示：*", Say = "- **可以说：**", DontSay = "- **不要说：**", Proof = "- **证据：**",
        AnswersFile = "docs/interview-answers.zh.md",
        AnswersTitle = "# 30 秒回答",
        AnswersIntro = """
            源文章每道面试题的答法：该说什么、不该说什么，以及课程里证明它的数字（在 2 核构建机上测得，随 CPU 略有不同）。
            本文件由 `dotnet run --project src/Curriculum.Kernel -c Release -- docs` 从各课的“30 秒回答”一节生成：
            请修改课程，不要修改本文件。
            """,
        LessonLink = "课程",
        SiteTitle = "用 C# 学应用 AI：已运行的课程",
        SiteIntro = "下面每一页都是一节课程笔记本运行后的样子，含输出和图表；离线即可打开。",
        SiteColumns = ["课程", "状态", "秒", "主要结果"],
        AllLessons = "全部课程",
        Pass = "通过", Fail = "失败",
        RunStatus = (passed, seconds) => $"{(passed ? "通过" : "失败")}，用时 {seconds:F1} 秒",
        Closing = (passed, failed) => $"{passed} 节通过，{failed} 节失败。",
    };

    public static IReadOnlyList<LessonLanguage> All { get; } = [English, Chinese];

    /// <summary>The language of a notebook, from the name of the folder it sits in (English unless it is the Chinese folder).</summary>
    public static LessonLanguage OfNotebook(string path) =>
        Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path))) == Chinese.Folder ? Chinese : English;

    /// <summary>The sections every lesson has, in the anatomy's order.</summary>
    public IReadOnlyList<string> AnatomyHeadings =>
        [ShortAnswer, WhatWeBuild, Check, CommonAnswer, InBusiness, Exercises, Summary, Questionnaire, AnswerHeading, FurtherReading, LibraryHeading];

    /// <summary>The same lesson file in <paramref name="other"/>'s folder (the folders are siblings).</summary>
    public static string Counterpart(string notebookPath, LessonLanguage other) =>
        Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(notebookPath)))!, other.Folder, Path.GetFileName(notebookPath));
}
