// Parses each GIFT file named on the command line with gift-pegjs (a GIFT parser other tools use) and prints what
// it read, one line per question and one per answer, strings as JSON, for GiftParserTest to compare with the
// banks: "== file", then "Category <title>", "<type> <title>", "  = <answer>", "  ~%50% <answer> # <feedback>",
// "  #3.14:0.005", "  #1.5..2.5", "  <left> -> <right>", "  #### <general feedback>". A file it cannot parse gets
// "error <line>:<column> <message>".
const { parse } = require("gift-pegjs");
const fs = require("fs");

const text = (part) => JSON.stringify(part === null || part === undefined ? null : (part.text ?? part).trim());
const restoreEscapes = (answer) => answer.replace(/&&092;/g, "\\").replace(/&&058;/g, ":")
    .replace(/&&035;/g, "#").replace(/&&061;/g, "=").replace(/&&123;/g, "{").replace(/&&125;/g, "}")
    .replace(/&&126;/g, "~").replace(/&&010/g, "\n");
const lines = [];
for (const file of process.argv.slice(2)) {
  lines.push("== " + file);
  let questions;
  try {
    questions = parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    lines.push("error " + (e.location ? e.location.start.line + ":" + e.location.start.column : "?") + " " + e.message);
    continue;
  }
  for (const q of questions) {
    if (q.type === "Category") {
      lines.push("Category " + JSON.stringify(q.title));
      continue;
    }
    // gift-pegjs writes a blank of the text as "_____" with spaces around it that depend on the text
    lines.push(q.type + " " + JSON.stringify(q.title) + " " + q.stem.format + " "
        + text(q.stem).replace(/\s*_____\s*/g, " _____ "));
    if (q.type === "Numerical") {
      for (const c of Array.isArray(q.choices) ? q.choices.map((c) => c.text) : [q.choices]) {
        lines.push("  " + (c.type === "simple" ? "#" + c.number : c.type === "range" ? "#" + c.number + ":" + c.range
            : "#" + c.numberLow + ".." + c.numberHigh));
      }
    } else if (q.type === "Matching") {
      for (const pair of q.matchPairs) {
        // gift-pegjs 1.0.2 leaves its placeholders for escaped characters in a matching answer (Moodle's importer,
        // whose scheme it copies, restores them); restored here as its grammar restores them everywhere else
        lines.push("  " + text(pair.subquestion) + " -> " + JSON.stringify(restoreEscapes(pair.subanswer)));
      }
    } else if (q.choices) {
      for (const c of q.choices) {
        lines.push("  " + (c.isCorrect ? "=" : "~") + (c.weight === null ? "" : "%" + c.weight + "%") + " "
            + text(c.text) + (c.feedback ? " # " + text(c.feedback) : ""));
      }
    }
    if (q.globalFeedback) {
      lines.push("  #### " + text(q.globalFeedback));
    }
  }
}
process.stdout.write(lines.join("\n") + "\n");
