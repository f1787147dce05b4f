// A course too big for a 6 MB heap: twenty banks of 400 questions each.
File quiz = new File(basedir, 'src/quiz')
quiz.mkdirs()
20.times { bank ->
    StringBuilder text = new StringBuilder()
    (1..400).each { i ->
        text << "**${i}.** Question ${i} of bank ${bank}?\n\n- [x] yes ${i}\n- [ ] no ${i}\n\n"
    }
    new File(quiz, "bank-${bank}.md").setText(text.toString(), 'UTF-8')
}
true
