/**
 * Well-known organisations and public figures that news names by a short form: the big European
 * football clubs (`Atletico` → `Atletico Madrid`, `Dortmund` → `Borussia Dortmund`), Vietnam's banks by
 * their brand (`Ngân hàng TMCP Quân đội` → `MB`), and world figures by their surname (`Putin` →
 * `Vladimir Putin`, `Benzema` → `Karim Benzema`). An archive gives each one page under the name an
 * editor expects. A project's own entry of the same name replaces one of these.
 */
import type { TaxonomyEntry } from "./taxonomy.ts";

const org = (name: string, ...aliases: string[]): TaxonomyEntry => ({ name, aliases, kind: "organisation" });
const person = (name: string, ...aliases: string[]): TaxonomyEntry => ({ name, aliases, kind: "person" });

/*
 * A one-word short form is not taken when another capitalised word follows it (`Real Betis`, `Inter Miami`):
 * that is another name. Short forms that are also a city (`Milan`, `Leipzig`, `Lyon`, `Newcastle`) or a
 * common word are left out.
 */
export const KNOWN_NAMES: readonly TaxonomyEntry[] = [
  // ── Football clubs.
  org("Manchester United", "Man Utd", "Man United", "M.U", "Quỷ đỏ"),
  org("Manchester City", "Man City"),
  org("Tottenham", "Tottenham Hotspur", "Spurs"),
  org("Real Madrid", "Real", "Kền kền trắng"),
  org("Barcelona", "Barca", "Barça", "FC Barcelona"),
  org("Atletico Madrid", "Atletico", "Atlético", "Atlético Madrid", "Atletico de Madrid", "Atlético de Madrid"),
  org("Real Betis", "Betis"),
  org("Bayern Munich", "Bayern", "Bayern München"),
  org("Borussia Dortmund", "Dortmund", "BVB"),
  org("Bayer Leverkusen", "Leverkusen"),
  org("Borussia Mönchengladbach", "Borussia Monchengladbach", "Gladbach"),
  org("Juventus", "Juve"),
  org("Inter Milan", "Inter", "Internazionale"),
  org("AC Milan"),
  org("PSG", "Paris Saint Germain", "Paris Saint-Germain", "Paris SG"),
  org("Inter Miami"),
  org("MLS", "Major League Soccer"),

  // ── Vietnam's banks: the brand every story uses, for the legal name.
  org("Vietcombank", "Ngân hàng TMCP Ngoại thương Việt Nam"),
  org("VietinBank", "Ngân hàng TMCP Công Thương Việt Nam"),
  org("BIDV", "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam", "Ngân hàng Đầu tư và Phát triển Việt Nam"),
  org("Agribank", "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam"),
  org("Techcombank", "Ngân hàng TMCP Kỹ thương Việt Nam"),
  org("MB", "MBBank", "MB Bank", "Ngân hàng TMCP Quân đội", "Ngân hàng Quân đội"),
  org("VPBank", "Ngân hàng TMCP Việt Nam Thịnh Vượng"),
  org("ACB", "Ngân hàng TMCP Á Châu"),
  org("Sacombank", "Ngân hàng TMCP Sài Gòn Thương Tín"),
  org("SHB", "Ngân hàng TMCP Sài Gòn - Hà Nội"),
  org("Eximbank", "Ngân hàng TMCP Xuất Nhập khẩu Việt Nam"),
  org("HDBank", "Ngân hàng TMCP Phát triển TP.HCM", "Ngân hàng TMCP Phát triển Thành phố Hồ Chí Minh"),
  org("TPBank", "Ngân hàng TMCP Tiên Phong"),
  org("VIB", "Ngân hàng TMCP Quốc tế Việt Nam"),
  org("SeABank", "Ngân hàng TMCP Đông Nam Á"),
  org("MSB", "Maritime Bank", "Ngân hàng TMCP Hàng Hải Việt Nam"),
  org("OCB", "Ngân hàng TMCP Phương Đông"),
  org("ABBank", "Ngân hàng TMCP An Bình"),

  // ── World figures.
  person("Vladimir Putin", "Putin"),
  person("Joe Biden", "Biden"),
  person("Donald Trump", "Trump", "D.Trump"),
  person("Barack Obama", "Obama"),
  person("Tập Cận Bình", "Xi Jinping"),
  person("Kim Jong-un", "Kim Jong Un"),
  person("Emmanuel Macron", "Macron"),
  person("Angela Merkel", "Merkel"),
  person("Boris Johnson"),
  person("Elon Musk"),
  person("Jeff Bezos", "Bezos"),
  person("Warren Buffett", "Buffett"),

  // ── Football: players and coaches known by the surname alone.
  person("Lionel Messi", "Messi", "L.Messi"),
  person("Cristiano Ronaldo", "C.Ronaldo", "CR7"),
  person("Kylian Mbappe", "Mbappe", "Mbappé", "Kylian Mbappé"),
  person("Karim Benzema", "Benzema"),
  person("Robert Lewandowski", "Lewandowski"),
  person("Erling Haaland", "Haaland", "Erling Braut Haaland"),
  person("Mohamed Salah", "Salah"),
  person("Kevin De Bruyne", "De Bruyne"),
  person("Raheem Sterling", "Sterling"),
  person("Harry Kane"),
  person("N'Golo Kante", "Kante", "Kanté", "N'Golo Kanté"),
  person("Paul Pogba", "Pogba"),
  person("Luka Modric", "Modric", "Luka Modrić"),
  person("Toni Kroos", "Kroos"),
  person("Eden Hazard", "Hazard"),
  person("Antoine Griezmann", "Griezmann"),
  person("Zlatan Ibrahimovic", "Ibrahimovic"),
  person("Virgil van Dijk", "Van Dijk"),
  person("Zinedine Zidane", "Zidane"),
  person("Carlo Ancelotti", "Ancelotti"),
  person("Jurgen Klopp", "Klopp", "Jürgen Klopp"),
  person("Pep Guardiola", "Guardiola"),
  person("Jose Mourinho", "Mourinho", "José Mourinho"),
  person("Ole Gunnar Solskjaer", "Solskjaer"),
  person("Thomas Tuchel", "Tuchel"),
  person("Diego Simeone", "Simeone"),
  person("Ronald Koeman", "Koeman"),
  person("Mikel Arteta", "Arteta"),
  person("Alex Ferguson", "Sir Alex Ferguson", "Sir Alex"),
  person("David Beckham", "Beckham"),
  person("Wayne Rooney", "Rooney"),
  person("Diego Maradona", "Maradona"),
  person("Park Hang Seo", "Park Hang-seo", "thầy Park"),
];
