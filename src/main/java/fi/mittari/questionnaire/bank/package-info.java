/**
 * The question bank: ready questions to insert into a draft — every question of the shipped sample questionnaires and
 * the common measures written in {@code question-bank/common-measures.yaml} — grouped and searchable by words, each
 * carrying its own YAML text so that it is inserted as written. Plain Java; the bean that reads the files is
 * {@link fi.mittari.questionnaire.bank.BankSources}.
 */
package fi.mittari.questionnaire.bank;
