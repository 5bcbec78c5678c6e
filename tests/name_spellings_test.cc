// Spellings of one person's name across transliteration systems, scripts and cases, and near
// names of other people that must stay apart (verify/spelling.cc). Names are made up or public
// figures' names; the sentences of the development corpus are not used.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "verify/names.h"

namespace claimtrace {
namespace {

bool same(const std::string& a, const std::string& b) { return same_person_written({}, a, b); }

void expect_same(const std::vector<std::pair<std::string, std::string>>& pairs) {
  for (const auto& [a, b] : pairs) EXPECT_TRUE(same(a, b)) << a << " / " << b;
}

void expect_apart(const std::vector<std::pair<std::string, std::string>>& pairs) {
  for (const auto& [a, b] : pairs) EXPECT_FALSE(same(a, b)) << a << " / " << b;
}

TEST(NameSpellings, TransliterationSystemsMeet) {
  expect_same({
      {"Sergey Lavrov", "Sergei Lavrov"},
      {"Yevgeny Shestakov", "Evgeniy Shestakov"},
      {"Evgenii Shestakov", "Евгений Шестаков"},
      {"Dmitriy Krutoy", "Dmitry Krutoi"},
      {"Dmitrii Krutoi", "Дмитрий Крутой"},
      {"Mikhail Myasnikovich", "Mihail Miasnikovich"},
      {"Michail Mjasnikowitsch", "Mikhail Myasnikovich"},
      {"Sviatlana Tsikhanouskaya", "Svetlana Tikhanovskaya"},
      {"Mikhaïl Gorbatchev", "Mikhail Gorbachev"},
      {"Nikita Khrushchev", "Nikita Khrushchyov"},
      {"Vyacheslav Beskosny", "Vyacheslav Beskosnyy"},
      {"Vyacheslav Beskosniy", "Вячеслав Бескосный"},
      {"Mirziyoyev", "Mirzioïev"},
      {"Oleksandr Lukashenko", "Aleksandr Lukashenko"},
      {"Nursultan Nazarbayev", "Нұрсұлтан Назарбаев"},
      {"Khrenin", "Hrenin"},
      {"Maksim Ryzhenkov", "Maxim Ryzhenkov"},
      {"Maxim Ryzhenkov", "Maksim Ryjenkov"},
      {"Aleksei Overchuk", "Alexey Overchuk"},
      {"Gurbanguly Berdimuhamedov", "Gurbanguly Berdymukhamedov"},
      {"Gurbanguly Berdimuhamedow", "Gurbanguly Berdimuhamedov"},
      {"Natalia Kochanova", "Natalya Kochanova"},
      {"Natallia Kachanava", "Natalya Kochanova"},
  });
}

TEST(NameSpellings, RussianGivenNameEndingsMeet) {
  // "-ий" as "-i", "-y", "-iy", "-ii"; "ю" first as "iu" in passports.
  expect_same({
      {"Yuri Senko", "Yuriy Senko"},
      {"Iurii Senko", "Юрий Сенько"},
      {"Yury Shuleiko", "Юрий Шулейко"},
      {"Georgy Petrov", "Georgii Petrov"},
      {"Iulia Markova", "Yulia Markova"},
  });
  expect_apart({
      {"Yuri Senko", "Yulia Senko"},
      {"Georgy Petrov", "Grigory Petrov"},
  });
}

TEST(NameSpellings, BelarusianAndRussianFormsMeet) {
  expect_same({
      {"Святлана Ціханоўская", "Светлана Тихановская"},
      {"Святлана Ціханоўская", "Svetlana Tikhanovskaya"},
      {"Раман Галоўчанка", "Roman Golovchenko"},
      {"Аляксандр Лукашэнка", "Aleksandr Lukashenko"},
      {"Viktor Khrenin", "Віктар Хрэнін"},
      {"Igor Petrishenko", "Ігар Петрышэнка"},
      {"Наталля Качанава", "Наталья Кочанова"},
  });
}

TEST(NameSpellings, CasesOfTheNameMeet) {
  expect_same({
      {"Александра Лукашенко", "Alexander Lukashenko"},
      {"Александру Лукашенко", "Alexander Lukashenko"},
      {"Аляксандра Лукашэнкі", "Alexander Lukashenko"},
      {"Аляксандрам Лукашэнкам", "Aleksandr Lukashenko"},
      {"Наталляй Качанавай", "Natalya Kochanova"},
      {"Натальи Кочановой", "Natalia Kochanova"},
  });
}

TEST(NameSpellings, PatronymicAndSurnameFirstOrderMeet) {
  expect_same({
      {"Александр Григорьевич Лукашенко", "Alexander Lukashenko"},
      {"Аляксандр Рыгоравіч Лукашэнка", "Александр Лукашенко"},
      {"Лукашенко Александр Григорьевич", "Alexander Lukashenko"},
      {"Лукашэнка Аляксандр Рыгоравіч", "Alexander Lukashenko"},
      {"Кочанова Наталья Ивановна", "Natalya Kochanova"},
      // A surname ending like a patronymic, in either order.
      {"Михаил Владимирович Мясникович", "Mikhail Myasnikovich"},
      {"Мясникович Михаил Владимирович", "Mikhail Myasnikovich"},
      {"Ivan Petrovich Karankevich", "Ivan Karankevich"},
  });
  expect_apart({
      {"Михаил Владимирович Мясникович", "Vladimir Myasnikovich"},
      {"Кочанова Наталья Ивановна", "Ivan Kochanov"},
  });
}

TEST(NameSpellings, HyphenatedGivenNamesMeetTheirJoinedSpelling) {
  expect_same({
      {"Zhang Wenchuan", "Zhang Wen-chuan"},
      {"Choi Young-sam", "Choi Youngsam"},
      {"Kassym-Jomart Tokayev", "Kassym-Zhomart Tokaev"},
      {"Kasym-Zhomart Tokaev", "Касым-Жомарт Токаев"},
  });
  expect_apart({
      {"Zhang Wen-chuan", "Zhang Wen-chang"},
      {"Choi Young-sam", "Choi Young-jin"},
  });
}

TEST(NameSpellings, OtherPeopleStayApart) {
  expect_apart({
      {"Viktor Lukashenko", "Alexander Lukashenko"},
      {"Dmitry Lukashenko", "Александр Лукашенко"},
      {"Serdar Berdimuhamedov", "Gurbanguly Berdimuhamedov"},
      {"Ivan Petrov", "Ivan Petrenko"},
      {"Ivan Petrov", "Ivana Petrova"},
      {"Aleksandr Lukashenko", "Aleksandr Lukashevich"},
      {"Wang Yi", "Wang Yu"},
      {"Wang Yi", "Wang Yong"},
      {"Zhang Wenchuan", "Zhang Wenchang"},
      {"Li Qiang", "Li Keqiang"},
      {"Sergei Lavrov", "Sergei Lavrenov"},
      {"Nikolai Patrushev", "Dmitry Patrushev"},
      {"Nikita Khrushchev", "Nina Khrushcheva"},
  });
}

TEST(NameSpellings, InitialsMeetTheGivenNameTheyBegin) {
  expect_same({
      {"A. Lukashenko", "Alexander Lukashenko"},
      {"А. Лукашенко", "Александр Лукашенко"},
      {"А. Г. Лукашенко", "Alexander Lukashenko"},
      // Initials glued, after the surname, of letters Latin writes with two ("Ш", "Ю").
      {"А.Г. Лукашенко", "Aleksandr Lukashenko"},
      {"Lukashenko A.G.", "Alexander Grigoryevich Lukashenko"},
      {"Лукашенко А. Г.", "Alexander Lukashenko"},
      {"Ш. Мирзиёев", "Shavkat Mirziyoyev"},
      {"Sh. Mirziyoyev", "Шавкат Мирзиёев"},
      {"Ю. Сенько", "Yuri Senko"},
      {"Я. Кузняцоў", "Yaroslav Kuznetsov"},
      {"K.-J. Tokayev", "Kassym-Jomart Tokayev"},
  });
  expect_apart({
      {"V. Lukashenko", "Alexander Lukashenko"},
      {"В. Лукашенко", "Александр Лукашенко"},
      {"Lukashenko V.A.", "Alexander Lukashenko"},
      {"Ш. Мирзиёев", "Bakhtiyor Mirziyoyev"},
      {"Ю. Сенько", "Anatoly Senko"},
      // Another person's initials, or two people sharing a surname by their initials.
      {"А. Г. Лукашенко", "Виктор Александрович Лукашенко"},
      {"A. Petrov", "B. Petrov"},
  });
}

}  // namespace
}  // namespace claimtrace
