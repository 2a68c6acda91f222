<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChartBuilder</name>
    <message>
        <source>Partnerships</source>
        <translation>伙伴关系</translation>
    </message>
    <message>
        <source>Sector %1</source>
        <translation>领域 %1</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Partnerships, once per sector</source>
        <translation>伙伴关系（每个领域各计一次）</translation>
    </message>
</context>
<context>
    <name>CueText</name>
    <message>
        <source>Partner named as “%1”</source>
        <translation>文中以“%1”指称该合作伙伴</translation>
    </message>
    <message>
        <source>Cooperation signalled by “%1”</source>
        <translation>合作提示词：“%1”</translation>
    </message>
    <message>
        <source>Sector: %1</source>
        <translation>领域：%1</translation>
    </message>
    <message>
        <source>Sector %1, from “%2”</source>
        <translation>领域：%1（提示词“%2”）</translation>
    </message>
    <message>
        <source>Kind of cooperation: %1</source>
        <translation>合作类型：%1</translation>
    </message>
    <message>
        <source>Stage signalled by “%1”</source>
        <translation>阶段提示词：“%1”</translation>
    </message>
    <message>
        <source>Pledge signalled by “%1”</source>
        <translation>承诺提示词：“%1”</translation>
    </message>
    <message>
        <source>Date from “%1”</source>
        <translation>日期来源：“%1”</translation>
    </message>
    <message>
        <source>from the article&apos;s metadata</source>
        <translation>取自文章元数据</translation>
    </message>
    <message>
        <source>from the dateline</source>
        <translation>取自电头</translation>
    </message>
    <message>
        <source>from a date in the text</source>
        <translation>取自正文中的日期</translation>
    </message>
    <message>
        <source>inferred from the text</source>
        <translation>根据正文推断</translation>
    </message>
    <message>
        <source>Refers back to the partner named before: “%1”</source>
        <translation>承接前文提及的合作伙伴：“%1”</translation>
    </message>
    <message>
        <source>Also reported by article %1</source>
        <comment>a syndicated copy; %1 is an article id</comment>
        <translation>文章 %1 也有相同报道</translation>
    </message>
    <message>
        <source>Partner and cooperation named in one phrase</source>
        <translation>合作伙伴与合作见于同一词组</translation>
    </message>
    <message>
        <source>Cooperation with the partner, as the sentence says</source>
        <translation>句中明确写出与该伙伴合作</translation>
    </message>
    <message>
        <source>Partner named as the venue</source>
        <translation>合作伙伴作为举办地被提及</translation>
    </message>
    <message>
        <source>Partner named as the beneficiary</source>
        <translation>合作伙伴作为受益方被提及</translation>
    </message>
    <message>
        <source>Partner and cooperation only in the same sentence</source>
        <translation>合作伙伴与合作仅出现在同一句中</translation>
    </message>
    <message>
        <source>Partner not tied to the cooperation</source>
        <translation>合作伙伴与合作没有明确关联</translation>
    </message>
    <message>
        <source>Partner corrected by hand</source>
        <translation>合作伙伴已人工更正</translation>
    </message>
    <message>
        <source>Sectors corrected by hand</source>
        <translation>领域已人工更正</translation>
    </message>
    <message>
        <source>Date corrected by hand</source>
        <translation>日期已人工更正</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>人工添加</translation>
    </message>
</context>
<context>
    <name>PartnerBrief</name>
    <message>
        <source>Partner brief: %1</source>
        <translation>合作伙伴简报：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s)</source>
        <translation>
            <numerusform>%n 项伙伴关系</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n pledge(s)</source>
        <translation>
            <numerusform>，%n 项承诺</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1–%2</source>
        <translation>，%1–%2 年</translation>
    </message>
    <message>
        <source>Records the explorer&apos;s current filter shows; written %1.</source>
        <translation>内容为浏览器当前筛选条件下的记录；生成于 %1。</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>未提及</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>伙伴关系</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>No pledges under the current filter.</source>
        <translation>当前筛选条件下没有承诺。</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation>（%1 年前）</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source> · </source>
        <comment>separator</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Year</source>
        <comment>brief timeline row header</comment>
        <translation>年份</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>brief column: when the partnership happened</comment>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>brief column: kind of partnership (MoU, forum…)</comment>
        <translation>类型</translation>
    </message>
    <message>
        <source>Evidence</source>
        <comment>brief column: the sentence the record comes from</comment>
        <translation>依据原文</translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message>
        <source>Joint statement</source>
        <translation>联合声明</translation>
    </message>
    <message>
        <source>Memorandum of understanding</source>
        <translation>谅解备忘录</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>工作组</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>论坛</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Joint research</source>
        <translation>联合研究</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>访问</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>合作</translation>
    </message>
    <message>
        <source>Intent</source>
        <comment>partnership stage</comment>
        <translation>意向</translation>
    </message>
    <message>
        <source>Agreed</source>
        <comment>partnership stage</comment>
        <translation>已商定</translation>
    </message>
    <message>
        <source>Signed</source>
        <comment>partnership stage</comment>
        <translation>已签署</translation>
    </message>
    <message>
        <source>Under way</source>
        <comment>partnership stage</comment>
        <translation>实施中</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>partnership stage</comment>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Declared</source>
        <comment>pledge status</comment>
        <translation>已宣布</translation>
    </message>
    <message>
        <source>Policy</source>
        <comment>pledge status</comment>
        <translation>政策</translation>
    </message>
    <message>
        <source>Law</source>
        <comment>pledge status</comment>
        <translation>法律</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>date format: month and year</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format: day, month and year</comment>
        <translation>yyyy/M/d</translation>
    </message>
    <message>
        <source>%1/year</source>
        <comment>pledge unit: amount per year (USD/year)</comment>
        <translation>%1/年</translation>
    </message>
</context>
<context>
    <name>StatusSummary</name>
    <message numerus="yes">
        <source>%n partnership(s)</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%n 项伙伴关系</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 with %n partner(s)</source>
        <comment>status bar: records with partners</comment>
        <translation>
            <numerusform>%1，涉及 %n 个合作伙伴</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>status bar: summary, year</comment>
        <translation>%1，%2 年</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <comment>status bar: summary, year range</comment>
        <translation>%1，%2–%3 年</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>bench extract: no article files found</source>
        <translation>bench extract：未找到文章文件</translation>
    </message>
    <message>
        <source>bench: unknown benchmark %1</source>
        <translation>bench：未知的基准测试 %1</translation>
    </message>
    <message>
        <source>generate: needs --out DIR and a positive --mb</source>
        <translation>generate：需要 --out DIR 和一个正数 --mb</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1：文件或文件夹不存在</translation>
    </message>
    <message>
        <source>%1: skipped: %2</source>
        <translation>%1：已跳过：%2</translation>
    </message>
    <message>
        <source>export: unknown option %1</source>
        <translation>export：未知选项 %1</translation>
    </message>
    <message>
        <source>export: --format must be json or csv, not %1</source>
        <translation>export：--format 须为 json 或 csv，而不是 %1</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
    <message>
        <source>bench models: --records needs a positive number</source>
        <translation>bench models：--records 需要一个正数</translation>
    </message>
    <message>
        <source>import: unknown option %1</source>
        <translation>import：未知选项 %1</translation>
    </message>
    <message>
        <source>import: say where the store is (--store FILE) and what to import (--corpus PATH)</source>
        <translation>import：请指定存储库（--store FILE）和要导入的内容（--corpus PATH）</translation>
    </message>
    <message>
        <source>%1: import stopped: %2</source>
        <translation>%1：导入已中止：%2</translation>
    </message>
    <message>
        <source>%1: no such store</source>
        <translation>%1：存储库不存在</translation>
    </message>
    <message>
        <source>bench: say what to measure: extract, models, store</source>
        <translation>bench：请指定要测量的项目：extract、models、store</translation>
    </message>
    <message>
        <source>bench store: needs --store FILE</source>
        <translation>bench store：需要 --store 文件</translation>
    </message>
    <message>
        <source>Usage: climate-explorer-cli COMMAND [OPTIONS]

Commands:
  export [--corpus PATH]... [--format json|csv] [-o FILE]
      Extract partnerships and pledges and write them (default: the bundled articles,
      JSON, standard output).
  import --store FILE --corpus PATH... [--batch N]
      Add articles to a corpus store (created if missing), extracting only new or
      changed text; prints a JSON summary.
  export --store FILE [--format json|csv] [-o FILE]
      Write a store&apos;s records with corrections applied and duplicates merged.
  generate --out DIR [--mb N] [--seed N]
      Write a deterministic synthetic article corpus of about N MB (default 50).
  bench extract [--corpus PATH]... [--passes N]
      Measure extraction speed on one core; prints one JSON object. With --passes N
      the articles are extracted N times and the median rate is reported too.
</source>
        <translation>用法：climate-explorer-cli 命令 [选项]

命令：
  export [--corpus PATH]... [--format json|csv] [-o FILE]
      提取伙伴关系和承诺并写出（默认：内置文章、JSON 格式、标准输出）。
  import --store FILE --corpus PATH... [--batch N]
      将文章加入语料库存储库（不存在时新建），只对新增或改动的文本做提取；
      输出 JSON 格式的摘要。
  export --store FILE [--format json|csv] [-o FILE]
      写出存储库中的记录，已应用更正并合并重复项。
  generate --out DIR [--mb N] [--seed N]
      生成一个确定性的合成文章语料库，约 N MB（默认 50）。
  bench extract [--corpus PATH]... [--passes N]
      在单个核心上测量提取速度；输出一个 JSON 对象。使用 --passes N 时，
      文章会被提取 N 次，并同时报告速度的中位数。
</translation>
    </message>
</context>
<context>
    <name>cpe::ArticleReader</name>
    <message>
        <source>metadata sidecar ignored: not a JSON object</source>
        <translation>已忽略元数据附属文件：不是 JSON 对象</translation>
    </message>
    <message>
        <source>record %1: no article text left after removing page furniture</source>
        <translation>记录 %1：去除页面杂项后没有剩余正文</translation>
    </message>
    <message>
        <source>no article text left after removing page furniture</source>
        <translation>去除页面杂项后没有剩余正文</translation>
    </message>
    <message>
        <source>file too large (%1 MB; the limit is %2 MB)</source>
        <translation>文件过大（%1 MB；上限为 %2 MB）</translation>
    </message>
    <message>
        <source>file too large (over %1 MB)</source>
        <translation>文件过大（超过 %1 MB）</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>是文件夹，不是文件</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <source>empty file (only white space)</source>
        <translation>空文件（只有空白字符）</translation>
    </message>
    <message>
        <source>%1: no article text (needs a text, content or body field)</source>
        <translation>%1：没有正文（需要 text、content 或 body 字段）</translation>
    </message>
    <message>
        <source>line %1: too large (over %2 MB)</source>
        <translation>第 %1 行：过大（超过 %2 MB）</translation>
    </message>
    <message>
        <source>JSON Lines must be UTF-8; this file is UTF-16</source>
        <translation>JSON Lines 文件必须是 UTF-8 编码；此文件为 UTF-16</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2)</source>
        <translation>%1：不是有效的 JSON（%2）</translation>
    </message>
    <message>
        <source>%1: not a JSON object</source>
        <translation>%1：不是 JSON 对象</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>不是有效的 JSON（偏移量 %2 处：%1）</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>第 %1 项</translation>
    </message>
    <message>
        <source>no articles in JSON file</source>
        <translation>JSON 文件中没有文章</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <source>no article files in folder</source>
        <translation>文件夹中没有文章文件</translation>
    </message>
    <message>
        <source>broken UTF-8 text after a UTF-8 byte-order mark</source>
        <translation>UTF-8 字节顺序标记之后的 UTF-8 文本已损坏</translation>
    </message>
    <message>
        <source>binary data, not text</source>
        <translation>二进制数据，不是文本</translation>
    </message>
    <message>
        <source>broken UTF-16 text</source>
        <translation>UTF-16 文本已损坏</translation>
    </message>
    <message>
        <source>undecodable: not valid UTF-8, UTF-16, GB18030/GBK or Windows-1252 text</source>
        <translation>无法解码：不是有效的 UTF-8、UTF-16、GB18030/GBK 或 Windows-1252 文本</translation>
    </message>
    <message>
        <source>PDF reading is not available in this build</source>
        <translation>此版本不支持读取 PDF</translation>
    </message>
    <message>
        <source>no text layer (scanned PDF?)</source>
        <translation>没有文本层（可能是扫描版 PDF）</translation>
    </message>
    <message>
        <source>damaged or not a PDF</source>
        <translation>文件已损坏或不是 PDF</translation>
    </message>
    <message>
        <source>encrypted PDF (needs a password)</source>
        <translation>PDF 已加密（需要密码）</translation>
    </message>
    <message>
        <source>PDF without pages</source>
        <translation>PDF 没有页面</translation>
    </message>
</context>
<context>
    <name>cpe::ArticleTableModel</name>
    <message>
        <source>Partnerships</source>
        <translation>伙伴关系</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>column: article title</comment>
        <translation>标题</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>column: publication date</comment>
        <translation>日期</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>column: publisher of the article</comment>
        <translation>来源</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>column: language of the article</comment>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>cpe::ChartsView</name>
    <message numerus="yes">
        <source>Partnerships per partner (top %n)</source>
        <translation>
            <numerusform>各合作伙伴的伙伴关系数（前 %n 位）</numerusform>
        </translation>
    </message>
    <message>
        <source>Partnerships per sector</source>
        <translation>各领域的伙伴关系数</translation>
    </message>
    <message>
        <source>Partnerships per year, by sector</source>
        <translation>各年份伙伴关系数（按领域）</translation>
    </message>
    <message>
        <source>Pledges by target year</source>
        <translation>按目标年份统计的承诺</translation>
    </message>
    <message>
        <source>Right-click (or press the menu key) to export this chart</source>
        <translation>右键单击（或按菜单键）可导出此图表</translation>
    </message>
    <message>
        <source>Export as &amp;PNG image…</source>
        <translation>导出为 PNG 图像(&amp;P)…</translation>
    </message>
    <message>
        <source>Export as &amp;SVG drawing…</source>
        <translation>导出为 SVG 矢量图(&amp;S)…</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Sector colours</source>
        <translation>领域配色</translation>
    </message>
</context>
<context>
    <name>cpe::CorpusStore</name>
    <message>
        <source>the SQLite driver for Qt (QSQLITE) is not installed</source>
        <translation>未安装 Qt 的 SQLite 驱动（QSQLITE）</translation>
    </message>
    <message>
        <source>cannot switch the store to write-ahead logging</source>
        <translation>无法将存储库切换为预写日志（WAL）模式</translation>
    </message>
    <message>
        <source>%1: cannot open the store: %2</source>
        <translation>%1：无法打开存储库：%2</translation>
    </message>
    <message>
        <source>the correction does not say which record or what to change</source>
        <translation>该更正未指明针对哪条记录或要修改什么</translation>
    </message>
    <message>
        <source>the store is not open</source>
        <translation>存储库未打开</translation>
    </message>
    <message>
        <source>the store was written by a newer version (schema %1; this version reads up to %2)</source>
        <translation>该存储库由更新的版本写入（模式版本 %1；本版本最多只能读取 %2）</translation>
    </message>
    <message>
        <source>records refer to missing extractions</source>
        <translation>有记录引用了缺失的提取结果</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) without extraction</source>
        <translation>
            <numerusform>%n 篇文章没有提取结果</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpe::CorrectionActions</name>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Undo the last correction</source>
        <translation>撤销上一次更正</translation>
    </message>
    <message>
        <source>Redo the correction undone last</source>
        <translation>重做上一次撤销的更正</translation>
    </message>
    <message>
        <source>&amp;Reject Pledge</source>
        <translation>剔除承诺(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Reject Partnership</source>
        <translation>剔除伙伴关系(&amp;R)</translation>
    </message>
    <message>
        <source>Change &amp;Partner…</source>
        <translation>更改合作伙伴(&amp;P)…</translation>
    </message>
    <message>
        <source>Change &amp;Sectors…</source>
        <translation>更改领域(&amp;S)…</translation>
    </message>
    <message>
        <source>Change &amp;Date…</source>
        <translation>更改日期(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Add Partnership from Selection…</source>
        <translation>根据所选文本添加伙伴关系(&amp;A)…</translation>
    </message>
    <message>
        <source>Change Partner</source>
        <translation>更改合作伙伴</translation>
    </message>
    <message>
        <source>The partner this record is really about:</source>
        <translation>这条记录实际涉及的合作伙伴：</translation>
    </message>
    <message>
        <source>Change Sectors</source>
        <translation>更改领域</translation>
    </message>
    <message>
        <source>Change Date</source>
        <translation>更改日期</translation>
    </message>
    <message>
        <source>Date of the partnership (YYYY, YYYY-MM or YYYY-MM-DD):</source>
        <translation>伙伴关系的日期（YYYY、YYYY-MM 或 YYYY-MM-DD）：</translation>
    </message>
    <message>
        <source>Add Partnership</source>
        <translation>添加伙伴关系</translation>
    </message>
    <message>
        <source>The partner the selected text names:</source>
        <translation>所选文本提及的合作伙伴：</translation>
    </message>
    <message>
        <source>Correction saved: %1</source>
        <translation>更正已保存：%1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销“%1”(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做“%1”(&amp;R)</translation>
    </message>
</context>
<context>
    <name>cpe::CorrectionsController</name>
    <message>
        <source>Corrections can be made once the corpus has been read into its store.</source>
        <translation>语料库读入存储库后才能进行更正。</translation>
    </message>
    <message>
        <source>The record is no longer loaded.</source>
        <translation>该记录已不在加载的数据中。</translation>
    </message>
    <message>
        <source>Reject partnership with %1</source>
        <translation>剔除与%1的伙伴关系</translation>
    </message>
    <message>
        <source>Reject pledge of %1</source>
        <translation>剔除%1的承诺</translation>
    </message>
    <message>
        <source>Choose another partner.</source>
        <translation>请选择另一个合作伙伴。</translation>
    </message>
    <message>
        <source>Change partner %1 to %2</source>
        <translation>将合作伙伴%1改为%2</translation>
    </message>
    <message>
        <source>Change sectors of the partnership with %1</source>
        <translation>更改与%1的伙伴关系的领域</translation>
    </message>
    <message>
        <source>Give the date as YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>请按 YYYY、YYYY-MM 或 YYYY-MM-DD 格式填写日期。</translation>
    </message>
    <message>
        <source>Change date of the partnership with %1 to %2</source>
        <translation>将与%1的伙伴关系的日期改为%2</translation>
    </message>
    <message>
        <source>Select the text that names the partnership first.</source>
        <translation>请先选中提及该伙伴关系的文本。</translation>
    </message>
    <message>
        <source>Choose a partner.</source>
        <translation>请选择一个合作伙伴。</translation>
    </message>
    <message>
        <source>Add partnership with %1</source>
        <translation>添加与%1的伙伴关系</translation>
    </message>
</context>
<context>
    <name>cpe::ExportActions</name>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Partnerships as CSV…</source>
        <translation>伙伴关系导出为 CSV(&amp;P)…</translation>
    </message>
    <message>
        <source>Partnerships as &amp;JSON…</source>
        <translation>伙伴关系导出为 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>P&amp;ledges as CSV…</source>
        <translation>承诺导出为 CSV(&amp;L)…</translation>
    </message>
    <message>
        <source>Pledges as J&amp;SON…</source>
        <translation>承诺导出为 JSON(&amp;S)…</translation>
    </message>
    <message>
        <source>Write the records the filter shows, with corrections marked</source>
        <translation>导出当前筛选条件下的记录，并标出更正</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>图表(&amp;C)</translation>
    </message>
    <message>
        <source>Partnerships per &amp;Partner…</source>
        <translation>各合作伙伴的伙伴关系数(&amp;P)…</translation>
    </message>
    <message>
        <source>Partnerships per &amp;Sector…</source>
        <translation>各领域的伙伴关系数(&amp;S)…</translation>
    </message>
    <message>
        <source>Partnerships per &amp;Year…</source>
        <translation>各年份伙伴关系数(&amp;Y)…</translation>
    </message>
    <message>
        <source>P&amp;ledges by Target Year…</source>
        <translation>按目标年份统计的承诺(&amp;L)…</translation>
    </message>
    <message>
        <source>Save the chart as PNG, SVG or PDF</source>
        <translation>将图表保存为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <source>Partner &amp;Brief (PDF)…</source>
        <translation>合作伙伴简报 (PDF)(&amp;B)…</translation>
    </message>
    <message>
        <source>A one-page PDF about the selected partner</source>
        <translation>关于所选合作伙伴的单页 PDF 简报</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Export Partnerships</source>
        <translation>导出伙伴关系</translation>
    </message>
    <message>
        <source>Export Pledges</source>
        <translation>导出承诺</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Partner Brief</source>
        <translation>合作伙伴简报</translation>
    </message>
    <message>
        <source>Select a partner first: click its tile on the map or its bar in a chart.</source>
        <translation>请先选择一个合作伙伴：单击地图上的色块或图表中的条形。</translation>
    </message>
    <message>
        <source>Export Partner Brief</source>
        <translation>导出合作伙伴简报</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
</context>
<context>
    <name>cpe::HeatLegend</name>
    <message>
        <source>%1–%2</source>
        <comment>count range</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no records</comment>
        <translation>无</translation>
    </message>
    <message>
        <source>Records per partner</source>
        <translation>每个合作伙伴的记录数</translation>
    </message>
    <message>
        <source>Map colour legend</source>
        <translation>地图颜色图例</translation>
    </message>
    <message>
        <source>Colour of a tile: how many records name that partner under the current filter</source>
        <translation>色块颜色：在当前筛选条件下提及该合作伙伴的记录数</translation>
    </message>
</context>
<context>
    <name>cpe::ImportController</name>
    <message>
        <source>Open &amp;Files…</source>
        <translation>打开文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Read article files: text, Markdown, HTML, JSON, PDF (Ctrl+Shift+O)</source>
        <translation>读取文章文件：纯文本、Markdown、HTML、JSON、PDF（Ctrl+Shift+O）</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop reading; the articles read so far stay</source>
        <translation>停止读取；已读取的文章会保留</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>读取进度</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>导入结果</translation>
    </message>
    <message>
        <source>Drop files or folders here to open them; hold Ctrl to add them to the articles on show.</source>
        <translation>将文件或文件夹拖放到此处即可打开；按住 Ctrl 可将其添加到当前显示的文章中。</translation>
    </message>
    <message>
        <source>Articles (%1)</source>
        <translation>文章 (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Open Article Files</source>
        <translation>打开文章文件</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop to add these files to the articles on show</source>
        <translation>松开鼠标即可将这些文件添加到当前显示的文章中</translation>
    </message>
    <message>
        <source>Drop to open these files instead (hold Ctrl to add them)</source>
        <translation>松开鼠标将改为打开这些文件（按住 Ctrl 则为添加）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 files/s</source>
        <translation>每秒 %1 个文件</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <source>Reading %1 · %2</source>
        <translation>正在读取 %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) read</source>
        <translation>
            <numerusform>已读取 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading cancelled: %1</source>
        <translation>读取已取消：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped</source>
        <translation>
            <numerusform>跳过了 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Show report</source>
        <translation>查看报告</translation>
    </message>
</context>
<context>
    <name>cpe::ImportReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Skipped files</source>
        <translation>跳过的文件</translation>
    </message>
    <message>
        <source>&amp;Copy All</source>
        <translation>全部复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy every row as tab-separated text</source>
        <translation>将所有行复制为制表符分隔的文本</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) read</source>
        <translation>
            <numerusform>已读取 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>(reading was cancelled)</source>
        <translation>（读取已取消）</translation>
    </message>
    <message>
        <source>No file was skipped.</source>
        <translation>没有跳过任何文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped</source>
        <translation>
            <numerusform>跳过了 %n 个文件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpe::MainWindow</name>
    <message>
        <source>Climate Partnership Explorer</source>
        <translation>气候伙伴关系浏览器</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>地图(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>时间线(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>图表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <source>Where China&apos;s partners are, coloured by the number of records</source>
        <translation>中国的合作伙伴分布，按记录数着色</translation>
    </message>
    <message>
        <source>Records per year; drag to choose the years to show</source>
        <translation>每年的记录数；拖动可选择要显示的年份</translation>
    </message>
    <message>
        <source>Partnerships per partner, sector and year; pledges by target year</source>
        <translation>按合作伙伴、领域和年份统计的伙伴关系；按目标年份统计的承诺</translation>
    </message>
    <message>
        <source>The records as sortable tables, with search</source>
        <translation>可排序、可搜索的记录表格</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>阅读器</translation>
    </message>
    <message>
        <source>Article reader</source>
        <translation>文章阅读器</translation>
    </message>
    <message>
        <source>Show &amp;Reader</source>
        <translation>显示阅读器(&amp;R)</translation>
    </message>
    <message>
        <source>Show or hide the article reader</source>
        <translation>显示或隐藏文章阅读器</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>菜单栏</translation>
    </message>
    <message>
        <source>&amp;Open Folder…</source>
        <translation>打开文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>Read the articles of a folder (Ctrl+O)</source>
        <translation>读取一个文件夹中的文章（Ctrl+O）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close the explorer</source>
        <translation>关闭浏览器</translation>
    </message>
    <message>
        <source>&amp;Find Records…</source>
        <translation>查找记录(&amp;F)…</translation>
    </message>
    <message>
        <source>Search the records (Ctrl+F)</source>
        <translation>搜索记录（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
    <message>
        <source>Show every record again: no partner, year, sector or search restriction (Esc)</source>
        <translation>重新显示全部记录：取消合作伙伴、年份、领域和搜索限制（Esc）</translation>
    </message>
    <message>
        <source>Show the interface in English</source>
        <translation>以英文显示界面</translation>
    </message>
    <message>
        <source>Show the interface in Chinese</source>
        <translation>以中文显示界面</translation>
    </message>
    <message>
        <source>&amp;About Climate Partnership Explorer</source>
        <translation>关于气候伙伴关系浏览器(&amp;A)</translation>
    </message>
    <message>
        <source>What this program is</source>
        <translation>本程序简介</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>The Qt version this program uses</source>
        <translation>本程序使用的 Qt 版本</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Filter summary</source>
        <translation>筛选摘要</translation>
    </message>
    <message>
        <source>Open Corpus Folder</source>
        <translation>打开语料库文件夹</translation>
    </message>
    <message>
        <source>About Climate Partnership Explorer</source>
        <translation>关于气候伙伴关系浏览器</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Climate Partnership Explorer&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Finds China&apos;s international climate partnerships and pledges in news articles and lets you explore them by partner, year and sector, down to the sentence each record comes from.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;气候伙伴关系浏览器&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;从新闻文章中找出中国的国际气候伙伴关系与承诺，可按合作伙伴、年份和领域浏览，并可追溯到每条记录所依据的原句。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cpe::MapView</name>
    <message>
        <source>World map of partners</source>
        <translation>合作伙伴世界地图</translation>
    </message>
    <message>
        <source>Click a country to show only its records; Ctrl-click to add or remove it</source>
        <translation>单击国家只显示其记录；按住 Ctrl 单击可添加或移除</translation>
    </message>
    <message>
        <source>&amp;Partners not on the map</source>
        <translation>不在地图上的合作伙伴(&amp;P)</translation>
    </message>
    <message>
        <source>Partners not on the map</source>
        <translation>不在地图上的合作伙伴</translation>
    </message>
    <message>
        <source>Blocs, organisations and programmes. Click to show only their records; Ctrl-click to add or remove</source>
        <translation>国家集团、国际组织和合作计划。单击只显示其记录；按住 Ctrl 单击可添加或移除</translation>
    </message>
</context>
<context>
    <name>cpe::OffMapProxy</name>
    <message>
        <source>%1 (%2)</source>
        <comment>partner name (records)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>已选</translation>
    </message>
</context>
<context>
    <name>cpe::PartnerAggregateModel</name>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>起始年份</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>最近年份</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation>承诺</translation>
    </message>
</context>
<context>
    <name>cpe::PartnerChoiceDialog</name>
    <message>
        <source>Choose Partner</source>
        <translation>选择合作伙伴</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>合作伙伴：</translation>
    </message>
    <message>
        <source>Type part of a name or id</source>
        <translation>输入名称或标识的一部分</translation>
    </message>
</context>
<context>
    <name>cpe::PartnershipTableModel</name>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>column: kind of partnership (MoU, forum…)</comment>
        <translation>类型</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>column: when the partnership happened</comment>
        <translation>日期</translation>
    </message>
    <message>
        <source>Stage</source>
        <comment>column: how far the partnership has got (intent … completed)</comment>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Confidence</source>
        <comment>column: how sure the extraction is</comment>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Article</source>
        <comment>column: title of the source article</comment>
        <translation>文章</translation>
    </message>
    <message>
        <source>Evidence</source>
        <comment>column: the sentence the record comes from</comment>
        <translation>依据原文</translation>
    </message>
</context>
<context>
    <name>cpe::PledgeTableModel</name>
    <message>
        <source>Target year</source>
        <translation>目标年份</translation>
    </message>
    <message>
        <source>Actor</source>
        <comment>column: who made the pledge</comment>
        <translation>承诺方</translation>
    </message>
    <message>
        <source>Pledge</source>
        <comment>column: kind of pledge (peak, neutrality…)</comment>
        <translation>承诺类型</translation>
    </message>
    <message>
        <source>Amount</source>
        <comment>column: the number pledged</comment>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <comment>column: unit of the amount</comment>
        <translation>单位</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>column: declared, policy or law</comment>
        <translation>效力</translation>
    </message>
    <message>
        <source>Article</source>
        <comment>column: title of the source article</comment>
        <translation>文章</translation>
    </message>
    <message>
        <source>Evidence</source>
        <comment>column: the sentence the record comes from</comment>
        <translation>依据原文</translation>
    </message>
</context>
<context>
    <name>cpe::ReaderView</name>
    <message>
        <source>No record selected</source>
        <translation>未选择记录</translation>
    </message>
    <message>
        <source>Select a partnership or pledge in any view to read its article.</source>
        <translation>在任一视图中选择一项伙伴关系或承诺，即可阅读其所在文章。</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>无标题文章</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>dated %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>dated %1, %2</source>
        <comment>date, how it was decided</comment>
        <translation>日期：%1，%2</translation>
    </message>
    <message>
        <source>%1 (“%2”)</source>
        <comment>date explanation (the text that decided it)</comment>
        <translation>%1（“%2”）</translation>
    </message>
    <message>
        <source>record dated %1</source>
        <translation>记录日期：%1</translation>
    </message>
    <message>
        <source> · </source>
        <comment>separator</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>Confidence: %1%</source>
        <translation>置信度：%1%</translation>
    </message>
    <message>
        <source>&amp;Why this record</source>
        <translation>提取依据(&amp;W)</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>文章正文</translation>
    </message>
    <message>
        <source>The evidence for the selected record is highlighted</source>
        <translation>所选记录的依据原文已高亮显示</translation>
    </message>
    <message>
        <source>Why this record was extracted</source>
        <translation>为何提取这条记录</translation>
    </message>
    <message>
        <source>Article title</source>
        <translation>文章标题</translation>
    </message>
    <message>
        <source>Article source and date</source>
        <translation>文章来源和日期</translation>
    </message>
</context>
<context>
    <name>cpe::RecordLanes</name>
    <message>
        <source>%1 · %2</source>
        <comment>partner · kind</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more in %1: click to show only this year</source>
        <translation>
            <numerusform>%1 年还有 %n 条：单击只显示该年份</numerusform>
        </translation>
    </message>
    <message>
        <source>Partnerships by year</source>
        <translation>按年份统计的伙伴关系</translation>
    </message>
    <message>
        <source>Pledges by target year</source>
        <translation>按目标年份统计的承诺</translation>
    </message>
    <message>
        <source>None under the current filter</source>
        <translation>当前筛选条件下没有记录</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>另有 %1 条</translation>
    </message>
    <message>
        <source>Records by year</source>
        <translation>按年份统计的记录</translation>
    </message>
</context>
<context>
    <name>cpe::RecordsView</name>
    <message>
        <source>P&amp;artnerships (%1)</source>
        <translation>伙伴关系(&amp;A)（%1）</translation>
    </message>
    <message>
        <source>P&amp;ledges (%1)</source>
        <translation>承诺(&amp;L)（%1）</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>Partner, sector, words of the evidence… (Ctrl+F)</source>
        <translation>合作伙伴、领域、依据原文中的词语…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search records</source>
        <translation>搜索记录</translation>
    </message>
    <message>
        <source>Show only records whose partner, sector or evidence contains this text</source>
        <translation>只显示合作伙伴、领域或依据原文包含此文本的记录</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>伙伴关系</translation>
    </message>
    <message>
        <source>Select a row to read its article; click a header to sort</source>
        <translation>选择一行可阅读其所在文章；单击表头可排序</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation>承诺</translation>
    </message>
</context>
<context>
    <name>cpe::SectorChoiceDialog</name>
    <message>
        <source>Choose Sectors</source>
        <translation>选择领域</translation>
    </message>
    <message>
        <source>Sectors of the partnership:</source>
        <translation>伙伴关系所属领域：</translation>
    </message>
</context>
<context>
    <name>cpe::SectorCountModel</name>
    <message>
        <source>Sector</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
</context>
<context>
    <name>cpe::TileMapModel</name>
    <message>
        <source>No records under the current filter</source>
        <translation>当前筛选条件下没有记录</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Sectors: %1</source>
        <extracomment>%1 is a list of sectors of cooperation</extracomment>
        <translation>领域：%1</translation>
    </message>
    <message>
        <source>Years: %1–%2</source>
        <translation>年份：%1–%2</translation>
    </message>
    <message>
        <source>Year: %1</source>
        <translation>年份：%1</translation>
    </message>
</context>
<context>
    <name>cpe::TimelineView</name>
    <message>
        <source>&amp;From</source>
        <comment>year range</comment>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <comment>year range</comment>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <source>any</source>
        <comment>open year bound</comment>
        <translation>不限</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>起始年份</translation>
    </message>
    <message>
        <source>Show records from this year on; &quot;any&quot; for no lower bound</source>
        <translation>显示从该年份起的记录；“不限”表示没有下限</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>截止年份</translation>
    </message>
    <message>
        <source>Show records up to this year; &quot;any&quot; for no upper bound</source>
        <translation>显示截至该年份的记录；“不限”表示没有上限</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>Show all years</source>
        <translation>显示全部年份</translation>
    </message>
    <message>
        <source>Remove the year range (or double-click the histogram)</source>
        <translation>取消年份范围（或双击直方图）</translation>
    </message>
</context>
<context>
    <name>cpe::YearCountModel</name>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>伙伴关系</translation>
    </message>
    <message>
        <source>Pledges by target year</source>
        <translation>按目标年份统计的承诺</translation>
    </message>
</context>
<context>
    <name>cpe::YearHistogram</name>
    <message>
        <source>No dated records</source>
        <translation>没有带日期的记录</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>伙伴关系</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <comment>year: partnerships, pledges</comment>
        <translation>%1 年：%2，%3</translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s)</source>
        <translation>
            <numerusform>%n 项伙伴关系</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pledge(s)</source>
        <translation>
            <numerusform>%n 项承诺</numerusform>
        </translation>
    </message>
    <message>
        <source>Records per year</source>
        <translation>每年的记录数</translation>
    </message>
    <message>
        <source>all years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>year range</comment>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>any</source>
        <comment>open year bound</comment>
        <translation>不限</translation>
    </message>
    <message>
        <source>Selected: %1. Drag or use Shift+arrow keys to select years, double-click or Delete to show all years.</source>
        <translation>已选：%1。拖动或使用 Shift+方向键选择年份；双击或按 Delete 显示全部年份。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Explore China&apos;s international climate partnerships and pledges in news articles.</source>
        <translation>浏览新闻文章中的中国国际气候伙伴关系与承诺。</translation>
    </message>
    <message>
        <source>Read the articles in PATH (a folder or file); repeatable.</source>
        <translation>读取 PATH（文件夹或文件）中的文章；可重复指定。</translation>
    </message>
    <message>
        <source>Interface language: en or zh_CN.</source>
        <translation>界面语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Show only the partner with this id (e.g. USA); repeatable.</source>
        <translation>只显示具有此标识的合作伙伴（例如 USA）；可重复指定。</translation>
    </message>
    <message>
        <source>Show only the years FROM-TO.</source>
        <translation>只显示 FROM-TO 年份。</translation>
    </message>
    <message>
        <source>Open on a tab: map, timeline, charts or records.</source>
        <translation>启动时打开的标签页：map、timeline、charts 或 records。</translation>
    </message>
    <message>
        <source>Render the window at 1280×800 to FILE.png (the chosen tab), or every tab into the folder DIR, and quit.</source>
        <translation>以 1280×800 渲染窗口并保存到 FILE.png（所选标签页），或将每个标签页保存到文件夹 DIR，然后退出。</translation>
    </message>
    <message>
        <source>Unknown language %1: use en or zh_CN.</source>
        <translation>未知语言 %1：请使用 en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Years must look like 2010-2016, not %1.</source>
        <translation>年份格式应类似 2010-2016，而不是 %1。</translation>
    </message>
    <message>
        <source>Unknown tab %1: use map, timeline, charts or records.</source>
        <translation>未知标签页 %1：请使用 map、timeline、charts 或 records。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
</TS>
