"""Hand-curated lists for build_dictionary.py (general knowledge, written for dossier).

Format of the entity lists: one entity a line, 'Name | alias; alias | short; short'.
Aliases always count; short forms only in an article that also names the entity (DESIGN 1.5).
A surname alone is ambiguous: it is a short form, never an alias.
"""

G20_LEADERS = """
# Argentina
Carlos Menem | | Menem
Fernando de la Rúa | | de la Rúa
Eduardo Duhalde | | Duhalde
Néstor Kirchner | |
Cristina Fernández de Kirchner | Cristina Kirchner | Fernández de Kirchner
Mauricio Macri | | Macri
Alberto Fernández | |
Javier Milei | | Milei
# Australia
Bob Hawke | | Hawke
Paul Keating | | Keating
John Howard | |
Kevin Rudd | | Rudd
Julia Gillard | | Gillard
Tony Abbott | | Abbott
Malcolm Turnbull | | Turnbull
Scott Morrison | | Morrison
Anthony Albanese | | Albanese
# Brazil
José Sarney | | Sarney
Fernando Collor de Mello | Fernando Collor | Collor
Itamar Franco | |
Fernando Henrique Cardoso | | Cardoso
Luiz Inácio Lula da Silva | Lula da Silva; Lula |
Dilma Rousseff | | Rousseff
Michel Temer | | Temer
Jair Bolsonaro | | Bolsonaro
# Canada
Brian Mulroney | | Mulroney
Kim Campbell | |
Jean Chrétien | | Chrétien
Paul Martin | |
Stephen Harper | | Harper
Justin Trudeau | | Trudeau
Mark Carney | | Carney
# China
Yang Shangkun | |
Jiang Zemin | | Jiang
Hu Jintao | |
Xi Jinping | |
Li Peng | |
Zhu Rongji | | Zhu
Wen Jiabao | | Wen
Li Keqiang | |
Li Qiang | |
# France
François Mitterrand | | Mitterrand
Jacques Chirac | | Chirac
Nicolas Sarkozy | |
François Hollande | |
Emmanuel Macron | |
Michel Rocard | | Rocard
Édith Cresson | | Cresson
Pierre Bérégovoy | | Bérégovoy
Édouard Balladur | | Balladur
Alain Juppé | | Juppé
Lionel Jospin | | Jospin
Jean-Pierre Raffarin | | Raffarin
Dominique de Villepin | | de Villepin; Villepin
François Fillon | | Fillon
Jean-Marc Ayrault | | Ayrault
Manuel Valls | | Valls
Bernard Cazeneuve | | Cazeneuve
Édouard Philippe | |
Jean Castex | | Castex
Élisabeth Borne | |
Gabriel Attal | | Attal
Michel Barnier | | Barnier
François Bayrou | | Bayrou
Sébastien Lecornu | | Lecornu
# Germany
Richard von Weizsäcker | | von Weizsäcker; Weizsäcker
Roman Herzog | |
Johannes Rau | | Rau
Horst Köhler | Horst Koehler | Köhler; Koehler
Christian Wulff | | Wulff
Joachim Gauck | | Gauck
Frank-Walter Steinmeier | |
Helmut Kohl | | Kohl
Gerhard Schröder | Gerhard Schroeder | Schröder; Schroeder
Angela Merkel | |
Olaf Scholz | |
Friedrich Merz | |
# India
R. Venkataraman | Ramaswamy Venkataraman | Venkataraman
Shankar Dayal Sharma | |
K. R. Narayanan | K.R. Narayanan |
A. P. J. Abdul Kalam | A.P.J. Abdul Kalam; APJ Abdul Kalam; Abdul Kalam |
Pratibha Patil | |
Pranab Mukherjee | |
Ram Nath Kovind | | Kovind
Droupadi Murmu | | Murmu
V. P. Singh | V.P. Singh; Vishwanath Pratap Singh |
Chandra Shekhar | |
P. V. Narasimha Rao | P.V. Narasimha Rao; Narasimha Rao |
Atal Bihari Vajpayee | | Vajpayee
H. D. Deve Gowda | H.D. Deve Gowda; Deve Gowda | Gowda
I. K. Gujral | I.K. Gujral; Inder Kumar Gujral | Gujral
Manmohan Singh | |
Narendra Modi | | Modi
# Indonesia
Suharto | Soeharto |
B. J. Habibie | B.J. Habibie; Bacharuddin Jusuf Habibie | Habibie
Abdurrahman Wahid | Gus Dur | Wahid
Megawati Sukarnoputri | Megawati Soekarnoputri; Megawati |
Susilo Bambang Yudhoyono | | Yudhoyono
Joko Widodo | Jokowi | Widodo
Prabowo Subianto | Prabowo | Subianto
# Italy
Francesco Cossiga | | Cossiga
Oscar Luigi Scalfaro | | Scalfaro
Carlo Azeglio Ciampi | | Ciampi
Giorgio Napolitano | | Napolitano
Sergio Mattarella | | Mattarella
Giulio Andreotti | | Andreotti
Giuliano Amato | | Amato
Silvio Berlusconi | |
Lamberto Dini | | Dini
Romano Prodi | | Prodi
Massimo D'Alema | | D'Alema
Mario Monti | | Monti
Enrico Letta | | Letta
Matteo Renzi | |
Paolo Gentiloni | | Gentiloni
Giuseppe Conte | |
Mario Draghi | |
Giorgia Meloni | |
# Japan
Akihito | Emperor Akihito |
Naruhito | Emperor Naruhito |
Toshiki Kaifu | | Kaifu
Kiichi Miyazawa | | Miyazawa
Morihiro Hosokawa | | Hosokawa
Tsutomu Hata | | Hata
Tomiichi Murayama | | Murayama
Ryutaro Hashimoto | Ryūtarō Hashimoto | Hashimoto
Keizo Obuchi | Keizō Obuchi | Obuchi
Yoshiro Mori | Yoshirō Mori | Mori
Junichiro Koizumi | Jun'ichirō Koizumi; Junichirō Koizumi | Koizumi
Shinzo Abe | Shinzō Abe |
Yasuo Fukuda | | Fukuda
Taro Aso | Tarō Asō | Aso
Yukio Hatoyama | | Hatoyama
Naoto Kan | |
Yoshihiko Noda | | Noda
Yoshihide Suga | |
Fumio Kishida | |
Shigeru Ishiba | |
Sanae Takaichi | | Takaichi
# Mexico
Carlos Salinas de Gortari | Carlos Salinas | Salinas
Ernesto Zedillo | | Zedillo
Vicente Fox | | Fox
Felipe Calderón | | Calderón
Enrique Peña Nieto | |
Andrés Manuel López Obrador | AMLO |
Claudia Sheinbaum | |
# Russia (and the Soviet Union, 1990-91)
Mikhail Gorbachev | |
Boris Yeltsin | |
Vladimir Putin | |
Dmitry Medvedev | |
Ivan Silayev | | Silayev
Yegor Gaidar | Yegor Gaydar | Gaidar
Viktor Chernomyrdin | | Chernomyrdin
Sergei Kiriyenko | Sergey Kiriyenko | Kiriyenko
Yevgeny Primakov | Yevgeni Primakov | Primakov
Sergei Stepashin | Sergey Stepashin | Stepashin
Mikhail Kasyanov | | Kasyanov
Mikhail Fradkov | | Fradkov
Viktor Zubkov | | Zubkov
Mikhail Mishustin | |
# Saudi Arabia
King Fahd | Fahd bin Abdulaziz; Fahd bin Abdulaziz Al Saud |
Abdullah bin Abdulaziz | Abdullah bin Abdulaziz Al Saud; King Abdullah of Saudi Arabia |
King Salman | Salman bin Abdulaziz; Salman bin Abdulaziz Al Saud |
Mohammed bin Salman | |
# South Africa
F. W. de Klerk | F.W. de Klerk; Frederik Willem de Klerk | de Klerk
Nelson Mandela | |
Thabo Mbeki | | Mbeki
Kgalema Motlanthe | | Motlanthe
Jacob Zuma | |
Cyril Ramaphosa | |
# South Korea
Roh Tae-woo | Roh Tae Woo |
Kim Young-sam | Kim Young Sam |
Kim Dae-jung | Kim Dae Jung |
Roh Moo-hyun | Roh Moo Hyun |
Lee Myung-bak | Lee Myung Bak |
Park Geun-hye | Park Geun Hye |
Moon Jae-in | Moon Jae In |
Yoon Suk Yeol | Yoon Suk-yeol | Yoon
Lee Jae-myung | Lee Jae Myung |
# Turkey
Turgut Özal | | Özal
Süleyman Demirel | | Demirel
Ahmet Necdet Sezer | Necdet Sezer | Sezer
Abdullah Gül | |
Recep Tayyip Erdogan | |
Yıldırım Akbulut | | Akbulut
Mesut Yılmaz | | Yılmaz
Tansu Çiller | | Çiller
Necmettin Erbakan | | Erbakan
Bülent Ecevit | | Ecevit
Ahmet Davutoğlu | | Davutoğlu
Binali Yıldırım | |
# United Kingdom
Elizabeth II | Queen Elizabeth II |
Charles III | King Charles III |
Margaret Thatcher | | Thatcher
John Major | |
Tony Blair | | Blair
Gordon Brown | | Brown
David Cameron | | Cameron
Theresa May | |
Boris Johnson | | Johnson
Liz Truss | | Truss
Rishi Sunak | | Sunak
Keir Starmer | | Starmer
# United States
George H. W. Bush | George H.W. Bush; George H W Bush; George Bush Sr. |
Bill Clinton | William Jefferson Clinton |
George W. Bush | George W Bush; George Walker Bush | Bush
Barack Obama | |
Donald Trump | |
Joe Biden | |
# European Union (Commission and European Council presidents)
Jacques Delors | | Delors
Jacques Santer | | Santer
José Manuel Barroso | | Barroso
Jean-Claude Juncker | | Juncker
Ursula von der Leyen | | von der Leyen
Herman Van Rompuy | | Van Rompuy
Donald Tusk | | Tusk
Charles Michel | |
António Costa | |
"""

PARTIES = """
# United States
Democratic Party | Democrats; Democratic National Committee; DNC |
Republican Party | Republicans; GOP; Grand Old Party; Republican National Committee; RNC |
# United Kingdom
Labour Party | !Labour |
Conservative Party | !Conservatives; Tories; Tory Party; Conservative and Unionist Party |
Liberal Democrats | Lib Dems; Liberal Democrat Party |
Scottish National Party | SNP |
Reform UK | Brexit Party |
UK Independence Party | UKIP |
Plaid Cymru | |
Democratic Unionist Party | DUP |
Sinn Féin | Sinn Fein |
Green Party of England and Wales | |
# Germany
Christian Democratic Union | CDU; Christlich Demokratische Union |
Christian Social Union | CSU |
Social Democratic Party of Germany | SPD; Sozialdemokratische Partei Deutschlands |
Alliance 90/The Greens | Bündnis 90/Die Grünen; German Greens |
Free Democratic Party | FDP |
Alternative for Germany | AfD; Alternative für Deutschland |
Die Linke | |
Sahra Wagenknecht Alliance | BSW |
# France
Renaissance (French party) | La République En Marche; En Marche; LREM |
National Rally | Rassemblement National; Front National |
The Republicans (France) | Les Républicains; Union for a Popular Movement; UMP |
Socialist Party (France) | Parti Socialiste; French Socialist Party |
La France Insoumise | France Unbowed; LFI |
# Italy
Brothers of Italy | Fratelli d'Italia |
Democratic Party (Italy) | Partito Democratico |
Five Star Movement | Movimento 5 Stelle; M5S |
Lega | Lega Nord; Northern League |
Forza Italia | |
# Canada
Liberal Party of Canada | Canadian Liberals |
Conservative Party of Canada | Canadian Conservatives |
New Democratic Party | NDP |
Bloc Québécois | Bloc Quebecois |
# Australia
Australian Labor Party | ALP |
Liberal Party of Australia | |
National Party of Australia | |
Australian Greens | |
# Japan
Liberal Democratic Party (Japan) | LDP; Jiminto |
Constitutional Democratic Party of Japan | |
Komeito | |
Democratic Party of Japan | DPJ |
Japan Innovation Party | Nippon Ishin no Kai |
# China
Chinese Communist Party | Communist Party of China; CCP; CPC |
Kuomintang | KMT |
Democratic Progressive Party | |
# India
Bharatiya Janata Party | BJP |
Indian National Congress | Congress Party; Congress party |
Aam Aadmi Party | |
Trinamool Congress | All India Trinamool Congress |
Samajwadi Party | |
Communist Party of India (Marxist) | CPI(M) |
Shiv Sena | |
# Russia
United Russia | Yedinaya Rossiya |
Communist Party of the Russian Federation | KPRF |
Liberal Democratic Party of Russia | LDPR |
A Just Russia | Just Russia |
Communist Party of the Soviet Union | CPSU |
# Brazil
Workers' Party (Brazil) | Partido dos Trabalhadores |
Liberal Party (Brazil) | Partido Liberal |
Brazilian Social Democracy Party | PSDB |
Brazilian Democratic Movement | MDB; PMDB |
# Argentina
Justicialist Party | Peronists; Partido Justicialista |
La Libertad Avanza | |
Republican Proposal | Propuesta Republicana |
Radical Civic Union | Unión Cívica Radical; UCR |
# Mexico
Morena | Movimiento Regeneración Nacional |
Institutional Revolutionary Party | Partido Revolucionario Institucional; PRI |
National Action Party | Partido Acción Nacional |
Party of the Democratic Revolution | PRD |
# South Africa
African National Congress | ANC |
Democratic Alliance | |
Economic Freedom Fighters | |
Inkatha Freedom Party | IFP |
uMkhonto weSizwe Party | MK Party |
# South Korea
People Power Party | |
Democratic Party of Korea | Minjoo Party |
# Indonesia
Indonesian Democratic Party of Struggle | PDI-P; PDI-Perjuangan |
Golkar | |
Gerindra | Great Indonesia Movement Party |
# Turkey
Justice and Development Party | AKP; AK Party; AK Parti |
Republican People's Party | |
Nationalist Movement Party | MHP |
Peoples' Democratic Party | HDP |
İyi Party | Iyi Party |
# Saudi Arabia has no parties; the European Union's groups
European People's Party | EPP |
Party of European Socialists | |
"""

COMPANIES = """
# technology
Apple Inc. | | Apple
Microsoft | Microsoft Corporation; Microsoft Corp. |
Alphabet Inc. | Alphabet; Google; Google LLC |
Amazon.com | Amazon.com Inc.; Amazon Web Services; AWS | Amazon
Meta Platforms | Meta Platforms Inc.; Facebook | Meta
Nvidia | NVIDIA; Nvidia Corporation |
Tesla Inc. | Tesla Motors | Tesla
Samsung Electronics | Samsung |
TSMC | Taiwan Semiconductor Manufacturing Company; Taiwan Semiconductor |
Intel | Intel Corporation |
IBM | International Business Machines |
Oracle Corporation | | Oracle
Cisco Systems | Cisco |
Dell Technologies | Dell Inc. | Dell
HP Inc. | Hewlett-Packard |
Sony Group | Sony; Sony Corporation |
Huawei | Huawei Technologies |
Tencent | Tencent Holdings |
Alibaba Group | Alibaba |
Baidu | |
ByteDance | |
TikTok | |
Xiaomi | |
Lenovo | |
Foxconn | Hon Hai Precision Industry; Hon Hai |
SAP SE | | SAP
Qualcomm | |
Broadcom Inc. | Broadcom |
ASML | ASML Holding |
Netflix | |
OpenAI | |
SoftBank Group | SoftBank |
Accenture | |
Siemens | Siemens AG |
Panasonic | |
Hitachi | |
LG Electronics | |
SK Hynix | |
Nokia | |
Ericsson | |
Uber | Uber Technologies |
X Corp. | Twitter |
# energy and mining
Saudi Aramco | Aramco |
ExxonMobil | Exxon Mobil; Exxon |
Chevron Corporation | Chevron |
Shell plc | Royal Dutch Shell | Shell
BP | British Petroleum |
TotalEnergies | Total SA |
Sinopec | China Petroleum & Chemical Corporation |
PetroChina | China National Petroleum Corporation; CNPC |
Gazprom | |
Rosneft | |
Lukoil | |
Petrobras | |
Eni | |
Equinor | Statoil |
ConocoPhillips | |
Pemex | Petróleos Mexicanos |
Adnoc | ADNOC; Abu Dhabi National Oil Company |
Glencore | |
BHP | BHP Group |
Rio Tinto | |
Vale S.A. | | Vale
ArcelorMittal | |
State Grid Corporation of China | State Grid |
Reliance Industries | |
Indian Oil Corporation | |
# banks, insurance, finance
JPMorgan Chase | JPMorgan; J.P. Morgan; JP Morgan |
Bank of America | BofA |
Citigroup | Citi; Citibank |
Wells Fargo | |
Goldman Sachs | |
Morgan Stanley | |
BlackRock | |
Berkshire Hathaway | |
HSBC | HSBC Holdings |
Barclays | |
Lloyds Banking Group | Lloyds Bank |
NatWest Group | NatWest; Royal Bank of Scotland |
Standard Chartered | |
Deutsche Bank | |
Commerzbank | |
BNP Paribas | |
Société Générale | Societe Generale |
Crédit Agricole | Credit Agricole |
UBS | |
Credit Suisse | |
Santander | Banco Santander |
BBVA | |
UniCredit | |
Intesa Sanpaolo | |
ING Group | |
Industrial and Commercial Bank of China | ICBC |
China Construction Bank | |
Agricultural Bank of China | |
Bank of China | |
Mitsubishi UFJ Financial Group | MUFG |
Sumitomo Mitsui Financial Group | SMBC |
Mizuho Financial Group | Mizuho |
Royal Bank of Canada | RBC |
Toronto-Dominion Bank | TD Bank |
Sberbank | Sber |
VTB | VTB Bank |
State Bank of India | |
Allianz | |
AXA | |
Ping An Insurance | Ping An |
Visa Inc. | | Visa
Mastercard | |
PayPal | |
# car makers
Toyota | Toyota Motor; Toyota Motor Corporation |
Volkswagen | Volkswagen Group; VW |
Mercedes-Benz Group | Mercedes-Benz; Daimler |
BMW | Bayerische Motoren Werke |
Stellantis | Fiat Chrysler |
Ford Motor Company | Ford Motor | Ford
General Motors | GM |
Honda | Honda Motor |
Nissan | |
Hyundai Motor | Hyundai |
Kia | |
BYD | BYD Auto |
Renault | |
Volvo Cars | |
Tata Motors | |
Geely | |
SAIC Motor | |
# retail and consumer
Walmart | Wal-Mart |
Costco | |
Home Depot | |
Carrefour | |
Tesco | |
Nestlé | Nestle |
Procter & Gamble | P&G |
Unilever | |
PepsiCo | |
Coca-Cola | Coca-Cola Company |
McDonald's | McDonalds |
Starbucks | |
Nike | Nike Inc. |
LVMH | Moët Hennessy Louis Vuitton |
IKEA | Ikea |
Anheuser-Busch InBev | AB InBev |
# health
Johnson & Johnson | |
Pfizer | |
Moderna | |
AstraZeneca | |
Novartis | |
Roche | |
Merck & Co. | |
Sanofi | |
GSK | GlaxoSmithKline |
Novo Nordisk | |
Bayer | Bayer AG |
UnitedHealth Group | UnitedHealth |
CVS Health | |
# industry, aerospace, defence
Boeing | |
Airbus | |
Lockheed Martin | |
Raytheon | RTX Corporation |
Northrop Grumman | |
General Dynamics | |
BAE Systems | |
General Electric | GE |
Thales Group | Thales |
Rheinmetall | |
Rostec | |
Caterpillar Inc. | |
3M | |
Honeywell | |
Mitsubishi Heavy Industries | |
# telecoms
AT&T | |
Verizon | Verizon Communications |
China Mobile | |
Deutsche Telekom | |
Vodafone | |
NTT | Nippon Telegraph and Telephone |
# airlines
American Airlines | |
Delta Air Lines | |
United Airlines | |
Southwest Airlines | |
Lufthansa | |
Air France-KLM | Air France; KLM |
British Airways | |
International Airlines Group | |
Emirates Airline | | Emirates
Qatar Airways | |
Turkish Airlines | |
Aeroflot | |
Ryanair | |
easyJet | EasyJet |
Singapore Airlines | |
Cathay Pacific | |
Air China | |
China Eastern Airlines | |
China Southern Airlines | |
Japan Airlines | |
All Nippon Airways | ANA |
Qantas | |
Air Canada | |
Air India | |
LATAM Airlines | |
# shipping and logistics
Maersk | A.P. Moller-Maersk |
UPS | United Parcel Service |
FedEx | |
DHL | |
"""

CLUBS = """
# England (Premier League)
Arsenal F.C. | !Arsenal; Arsenal FC |
Aston Villa | Aston Villa F.C. |
Bournemouth | AFC Bournemouth |
Brentford F.C. | Brentford FC | Brentford
Brighton & Hove Albion | Brighton and Hove Albion | Brighton
Burnley F.C. | Burnley FC | Burnley
Chelsea F.C. | Chelsea FC | Chelsea
Crystal Palace F.C. | Crystal Palace FC | Crystal Palace
Everton F.C. | Everton; Everton FC |
Fulham F.C. | Fulham FC | Fulham
Ipswich Town | |
Leeds United | | Leeds
Leicester City | | Leicester
Liverpool F.C. | Liverpool FC | Liverpool
Luton Town | |
Manchester City | Man City |
Manchester United | Man Utd; Man United |
Newcastle United | | Newcastle
Nottingham Forest | |
Sheffield United | |
Southampton F.C. | Southampton FC | Southampton
Tottenham Hotspur | Tottenham | Spurs
Watford F.C. | Watford FC | Watford
West Ham United | West Ham |
Wolverhampton Wanderers | | Wolves
Norwich City | |
Sunderland A.F.C. | Sunderland AFC | Sunderland
# Spain (La Liga)
Real Madrid | Real Madrid CF |
FC Barcelona | Barça; Barca |
Atlético Madrid | Atletico Madrid; Atlético de Madrid |
Athletic Bilbao | Athletic Club |
Real Sociedad | |
Real Betis | |
Sevilla FC | | Sevilla
Valencia CF | |
Villarreal CF | Villarreal |
Celta Vigo | |
Espanyol | RCD Espanyol |
Getafe CF | Getafe |
Osasuna | CA Osasuna |
Rayo Vallecano | |
Girona FC | |
RCD Mallorca | | Mallorca
Deportivo Alavés | Alavés |
UD Las Palmas | | Las Palmas
Real Valladolid | |
Cádiz CF | |
Granada CF | |
UD Almería | | Almería
Elche CF | |
Levante UD | |
CD Leganés | | Leganés
# Germany (Bundesliga)
Bayern Munich | FC Bayern Munich; FC Bayern; Bayern München; Bayern |
Borussia Dortmund | BVB |
RB Leipzig | |
Bayer Leverkusen | Bayer 04 Leverkusen | Leverkusen
Eintracht Frankfurt | |
VfB Stuttgart | |
Borussia Mönchengladbach | Gladbach | Mönchengladbach
VfL Wolfsburg | |
SC Freiburg | |
TSG Hoffenheim | Hoffenheim |
1. FC Union Berlin | Union Berlin |
Werder Bremen | |
FSV Mainz 05 | Mainz 05 |
FC Augsburg | |
1. FC Köln | FC Köln; FC Cologne |
VfL Bochum | |
1. FC Heidenheim | |
FC St. Pauli | St. Pauli |
Holstein Kiel | |
Hertha BSC | Hertha Berlin |
Schalke 04 | Schalke |
Hamburger SV | |
# Italy (Serie A)
Juventus | Juventus FC; Juve |
Inter Milan | Internazionale; FC Internazionale Milano | Inter
AC Milan | |
Napoli | SSC Napoli |
AS Roma | | Roma
Lazio | SS Lazio |
Atalanta | |
Fiorentina | |
Bologna FC | |
Torino FC | |
Udinese | |
Genoa CFC | |
Sampdoria | |
Sassuolo | |
Hellas Verona | |
Cagliari Calcio | |
Empoli FC | |
US Lecce | | Lecce
AC Monza | | Monza
Como 1907 | |
Parma Calcio | |
Venezia FC | |
# France (Ligue 1)
Paris Saint-Germain | PSG; Paris St-Germain; Paris SG |
Olympique de Marseille | Olympique Marseille | Marseille
Olympique Lyonnais | | Lyon
AS Monaco | |
Lille OSC | LOSC |
Stade Rennais | | Rennes
OGC Nice | |
RC Lens | |
Stade de Reims | |
Montpellier HSC | |
FC Nantes | |
RC Strasbourg | |
Toulouse FC | |
Stade Brestois | |
FC Lorient | |
AJ Auxerre | |
Angers SCO | |
Le Havre AC | |
AS Saint-Étienne | |
FC Metz | |
"""

OUTLETS = """
Daily Telegraph | The Telegraph; The Daily Telegraph |
The Times of London | |
The Sunday Times | |
Daily Mail | Mail Online; MailOnline |
Daily Mirror | |
Sky News | |
ITV News | ITV |
Channel 4 News | |
USA Today | |
Los Angeles Times | LA Times |
Chicago Tribune | |
The Boston Globe | Boston Globe |
New York Post | |
The New Yorker | |
Time magazine | Time Magazine |
Newsweek | |
Axios | |
ABC News | |
MSNBC | |
CNBC | |
PBS | Public Broadcasting Service |
HuffPost | Huffington Post |
BuzzFeed News | |
Vice News | |
Breitbart News | Breitbart |
ProPublica | |
Forbes magazine | |
Fortune magazine | |
Business Insider | |
The Intercept | |
Yahoo News | |
Associated Press of Pakistan | |
Press Trust of India | |
The Hindu | |
The Times of India | Times of India |
Hindustan Times | |
NDTV | |
Agenzia Nazionale Stampa Associata | ANSA |
Deutsche Presse-Agentur | dpa |
EFE | Agencia EFE |
Europa Press | |
Frankfurter Allgemeine Zeitung | FAZ; Frankfurter Allgemeine |
Süddeutsche Zeitung | Sueddeutsche Zeitung |
Die Zeit | |
Die Welt | |
Bild | Bild-Zeitung |
Libération | |
Le Parisien | |
Les Echos | |
Corriere della Sera | |
La Repubblica | |
La Stampa | |
El Mundo | |
La Vanguardia | |
Clarín | Clarin |
La Nación | |
Folha de S.Paulo | Folha de São Paulo; Folha |
O Globo | |
Globo | TV Globo; Rede Globo |
El Universal | |
Novaya Gazeta | |
Meduza | |
Vedomosti | |
Rossiyskaya Gazeta | |
Pravda | |
Komsomolskaya Pravda | |
Channel One Russia | Channel One; Pervy Kanal |
Rossiya 1 | |
RT | RT News |
Ukrainska Pravda | |
Kyiv Independent | The Kyiv Independent |
Kyiv Post | |
Ukrinform | |
People's Daily | |
Global Times | |
China Daily | |
CGTN | China Global Television Network |
CCTV | China Central Television |
Caixin | |
The Japan Times | Japan Times |
Asahi Shimbun | The Asahi Shimbun |
Yomiuri Shimbun | The Yomiuri Shimbun |
Mainichi Shimbun | |
Nikkei | Nikkei Asia; Nihon Keizai Shimbun |
Jiji Press | |
Korea Herald | The Korea Herald |
KCNA | Korean Central News Agency |
Straits Times | The Straits Times |
The Sydney Morning Herald | Sydney Morning Herald |
ABC Australia | Australian Broadcasting Corporation |
CBC | Canadian Broadcasting Corporation; CBC News |
The Globe and Mail | Globe and Mail |
Toronto Star | |
Canadian Press | The Canadian Press |
Arab News | |
Asharq Al-Awsat | |
Al-Ahram | Al Ahram |
Gulf News | |
Saudi Press Agency | |
IRNA | Islamic Republic News Agency |
Tasnim News Agency | Tasnim |
Fars News Agency | Fars News |
Mehr News Agency | |
SANA | Syrian Arab News Agency |
Hürriyet | Hurriyet |
Daily Sabah | |
TRT World | TRT |
The Jerusalem Post | Jerusalem Post |
Ynet | Ynetnews |
Al-Monitor | Al Monitor |
Middle East Eye | |
News24 | |
Mail & Guardian | |
Antara | Antara News |
The Jakarta Post | Jakarta Post |
Bernama | |
Kompas | |
Euractiv | |
"""

# ---- subdivisions: pycountry codes; names where iso-codes has no common English one
SUBDIVISION_SKIP = {
    "US-GA",  # Georgia: one entity with the country, already in the dictionary
    "US-WA",  # Washington: the capital's alias
    "US-NY",  # New York: the city
    "AU-VIC",  # Victoria: a first name, a lake, a Canadian city
    "IN-DL",  # Delhi: the city
    "IN-PB",  # Punjab: also Pakistan's province
    "IN-CH",  # Chandigarh: the city
    "IN-DH", "IN-LD", "IN-AN",  # minor union territories
}
SUBDIVISION_NAMES = {
    "GB-ENG": "England", "GB-SCT": "Scotland", "GB-WLS": "Wales", "GB-NIR": "Northern Ireland",
    "IN-JK": "Jammu and Kashmir", "IN-TN": "Tamil Nadu", "IN-LA": "Ladakh",
}
SUBDIVISION_ALIASES = {
    "US-DC": [], "CA-QC": ["Québec", "Que."], "IN-OR": ["Orissa"], "IN-UK": ["Uttaranchal"],
    "IN-PY": ["Pondicherry"], "AU-ACT": [],
    # The abbreviations of US news style (AP) after a town in datelines and text ("FARMINGTON
    # HILLS, Mich."), where one is not also a word or another thing: not Del., Ill., Ind.,
    # La., Mass., Me., Miss., Mo., Ore., Wash., Ga., N.Y. (Georgia and New York are one entity
    # with the country and the city); nor B.C. (a year) or Man. in Canada.
    "US-AL": ["Ala."], "US-AZ": ["Ariz."], "US-AR": ["Ark."], "US-CA": ["Calif."],
    "US-CO": ["Colo."], "US-CT": ["Conn."], "US-FL": ["Fla."], "US-KS": ["Kan.", "Kans."],
    "US-KY": ["Ky."], "US-MD": ["Md."], "US-MI": ["Mich."], "US-MN": ["Minn."],
    "US-MT": ["Mont."], "US-NC": ["N.C."], "US-ND": ["N.D."], "US-NE": ["Neb.", "Nebr."],
    "US-NH": ["N.H."], "US-NJ": ["N.J."], "US-NM": ["N.M."], "US-NV": ["Nev."],
    "US-OK": ["Okla."], "US-PA": ["Pa.", "Penn."], "US-RI": ["R.I."], "US-SC": ["S.C."],
    "US-SD": ["S.D."], "US-TN": ["Tenn."], "US-TX": ["Tex."], "US-VA": ["Va."],
    "US-VT": ["Vt."], "US-WI": ["Wis.", "Wisc."], "US-WV": ["W.Va.", "W. Va."],
    "US-WY": ["Wyo."], "CA-ON": ["Ont."], "CA-AB": ["Alta."], "CA-SK": ["Sask."],
}
SUBDIVISIONS_CURATED = [
    # German Länder
    ("DE-BW", "Baden-Württemberg", ["Baden-Wuerttemberg"]),
    ("DE-BY", "Bavaria", ["Freistaat Bayern"]),
    ("DE-BB", "Brandenburg", []),
    ("DE-HE", "Hesse", ["Hessen"]),
    ("DE-NI", "Lower Saxony", ["Niedersachsen"]),
    ("DE-MV", "Mecklenburg-Vorpommern", ["Mecklenburg-Western Pomerania"]),
    ("DE-NW", "North Rhine-Westphalia", ["Nordrhein-Westfalen", "North Rhine Westphalia"]),
    ("DE-RP", "Rhineland-Palatinate", ["Rheinland-Pfalz"]),
    ("DE-SL", "Saarland", []),
    ("DE-SN", "Saxony", ["Sachsen"]),
    ("DE-ST", "Saxony-Anhalt", ["Sachsen-Anhalt"]),
    ("DE-SH", "Schleswig-Holstein", []),
    ("DE-TH", "Thuringia", ["Thüringen"]),
    # Chinese provinces and autonomous regions (the municipalities are cities)
    ("CN-AH", "Anhui", []), ("CN-FJ", "Fujian", []), ("CN-GS", "Gansu", []),
    ("CN-GD", "Guangdong", []), ("CN-GZ", "Guizhou", []), ("CN-HI", "Hainan", []),
    ("CN-HE", "Hebei", []), ("CN-HL", "Heilongjiang", []), ("CN-HA", "Henan", []),
    ("CN-HB", "Hubei", []), ("CN-HN", "Hunan", []), ("CN-JS", "Jiangsu", []),
    ("CN-JX", "Jiangxi", []), ("CN-JL", "Jilin Province", []), ("CN-LN", "Liaoning", []),
    ("CN-QH", "Qinghai", []), ("CN-SN", "Shaanxi", []), ("CN-SD", "Shandong", []),
    ("CN-SX", "Shanxi", []), ("CN-SC", "Sichuan", []), ("CN-YN", "Yunnan", []),
    ("CN-ZJ", "Zhejiang", []), ("CN-GX", "Guangxi", []), ("CN-NM", "Inner Mongolia", []),
    ("CN-NX", "Ningxia", []), ("CN-XZ", "Tibet", []), ("CN-XJ", "Xinjiang", []),
    # Russian federal subjects that are often in the news
    ("RU-CE", "Chechnya", ["Chechen Republic"]),
    ("RU-DA", "Dagestan", ["Daghestan"]),
    ("RU-IN", "Ingushetia", []),
    ("RU-KB", "Kabardino-Balkaria", []),
    ("RU-SE", "North Ossetia", ["North Ossetia-Alania"]),
    ("RU-TA", "Tatarstan", []),
    ("RU-BA", "Bashkortostan", ["Bashkiria"]),
    ("RU-SA", "Yakutia", ["Sakha Republic"]),
    ("RU-BU", "Buryatia", []),
    ("RU-TY", "Tuva", []),
    ("RU-KR", "Karelia", []),
    ("RU-KO", "Komi Republic", []),
    ("RU-CHU", "Chukotka", []),
    ("RU-KAM", "Kamchatka", ["Kamchatka Krai"]),
    ("RU-PRI", "Primorsky Krai", ["Primorye"]),
    ("RU-KHA", "Khabarovsk Krai", []),
    ("RU-KDA", "Krasnodar Krai", []),
    ("RU-KGD", "Kaliningrad Oblast", ["Kaliningrad region"]),
    ("RU-MOS", "Moscow Oblast", ["Moscow region"]),
    ("RU-LEN", "Leningrad Oblast", ["Leningrad region"]),
    ("RU-KRS", "Kursk Oblast", ["Kursk region"]),
    ("RU-BEL", "Belgorod Oblast", ["Belgorod region"]),
    ("RU-BRY", "Bryansk Oblast", ["Bryansk region"]),
    ("RU-ROS", "Rostov Oblast", ["Rostov region"]),
    ("RU-SVE", "Sverdlovsk Oblast", ["Sverdlovsk region"]),
    ("RU-NVS", "Novosibirsk Oblast", []),
    ("RU-MUR", "Murmansk Oblast", []),
    ("RU-ARK", "Arkhangelsk Oblast", []),
    ("RU-KYA", "Krasnoyarsk Krai", []),
    ("RU-YAN", "Yamalo-Nenets Autonomous Okrug", ["Yamal-Nenets"]),
    ("RU-KHM", "Khanty-Mansi Autonomous Okrug", ["Khanty-Mansiysk Autonomous Okrug"]),
]

# ---- cities
CITY_RENAME = {
    "Frankfurt am Main": "Frankfurt", "Al Ain City": "Al Ain", "Acapulco de Juárez": "Acapulco",
    "Heroica Matamoros": "Matamoros", "Ecatepec de Morelos": "Ecatepec", "Cebu City": "Cebu",
    "Davao": "Davao City", "Hannover": "Hanover", "Basrah": "Basra", "Al Ḩudaydah": "Hodeidah",
    "Al Hudaydah": "Hodeidah", "Kryvyy Rih": "Kryvyi Rih", "Zaporizhzhya": "Zaporizhzhia",
    "Mykolayiv": "Mykolaiv", "Lviv": "Lviv", "Fes": "Fez", "Makkah al Mukarramah": "Mecca",
    "Mecca": "Mecca", "Al Madinah al Munawwarah": "Medina", "Ad Dammam": "Dammam",
    "Edogawe": "Edogawa", "Ar Raqqah": "Raqqa",
}
CITY_ALIASES = {
    "Bengaluru": ["Bangalore"], "Chattogram": ["Chittagong"], "Gqeberha": ["Port Elizabeth"],
    "Gurugram": ["Gurgaon"], "Kolkata": ["Calcutta"], "Chennai": ["Madras"], "Yangon": ["Rangoon"],
    "Ho Chi Minh City": ["Saigon"], "Frankfurt": ["Frankfurt am Main"], "Hanover": ["Hannover"],
    "Basra": ["Basrah"], "Kraków": ["Cracow"], "Mecca": ["Makkah"], "Medina": ["Madinah"],
    "Fez": ["Fes"], "Dnipro": ["Dnipropetrovsk"], "Kharkiv": ["Kharkov"], "Zaporizhzhia": ["Zaporozhye"],
    "Mykolaiv": ["Nikolaev"], "Mumbai": ["Bombay"], "Pune": ["Poona"], "Varanasi": ["Benares"],
    "Vadodara": ["Baroda"], "Thiruvananthapuram": ["Trivandrum"], "Kochi": ["Cochin"],
    "Beijing": ["Peking"], "Guangzhou": ["Canton"], "Nizhniy Novgorod": ["Nizhny Novgorod"],
    "Rostov-na-Donu": ["Rostov-on-Don"], "Davao City": ["Davao"], "Köln": ["Cologne"],
    "Cologne": ["Köln"], "Munich": ["München"], "Mosul": ["Al Mawsil"],
}
CITY_SKIP = {
    # districts and suburbs, not cities in news usage
    "Abobo", "Bahçelievler", "Bağcılar", "Esenler", "Esenyurt", "Küçükçekmece", "Ümraniye",
    "Pendik", "Borivli", "Dharavi", "Bhayandar", "Dombivali", "Coyoacán", "Cuauhtémoc",
    "Gustavo Adolfo Madero", "Iztapalapa", "Tlalpan", "Álvaro Obregón", "Venustiano Carranza",
    "Camama", "Calumbo", "Guli", "Golfe", "Buda", "Budta", "Banan", "Bao'an", "Chongming",
    "Changning", "Chợ Lớn", "Bình Thạnh", "Al Mawsil al Jadidah", "Al Basrah al Qadimah",
    "Agege", "Ajegunle", "Ebute Ikorodu", "Evaton", "Aihara", "Guankou", "Bukit Rahman Putra",
    "Abu Ghurayb", "Bilimora", "Fengxiang", "Heshan",
    # words, names or another thing first
    "Mobile", "Reading", "Aurora", "Victoria", "Hamilton", "Charlotte", "Austin", "Columbus",
    "Jackson", "Phoenix", "Cleveland", "Salvador", "Trujillo", "Kennedy", "Van", "Loni", "Queens",
    "Valenzuela", "Nice", "Bath",
    "Guadalupe", "Carrefour", "Santiago", "San José", "Kota", "Gombe", "Aba", "Cuenca",
    "Córdoba", "Cartagena", "Hyderabad", "Tripoli", "Lincoln", "Madison", "Arlington",
    "Independence", "Concord", "Richmond", "Durham", "Salem", "Gaza", "Mesa", "Split",
    "Santa Cruz", "Valencia", "León", "General Santos", "Benin City", "Kaduna", "Taizhou",
    "Springfield", "Anyang", "Sahiwal", "Suzhou", "Fuzhou", "Changzhi", "Puyang", "Baoshan",
}
CITY_SKIP |= {  # more districts, suburbs and unclear GeoNames entries
    "Puxi", "Pudong", "Wuzhong", "Minhang", "New Territories", "Kowloon", "Hong Kong Island", "Putuo",
    "Yangpu", "Luohu District", "Xuhui", "Setagaya", "Jing’an", "Jiading", "Songjiang", "Qingpu",
    "Jinshan", "Zhabei", "Hongkou", "Huangpu", "Camayenne", "Rasapudipalem", "Kallakurichi",
    "Ra's Bayrut", "Malingao", "Teni", "Shivaji Nagar", "Zhu Cheng City", "Mulenvos", "Rohini",
    "Kanayannur", "Kampung Baru Subang", "Narela", "Najafgarh", "Ōta", "Kikolo", "Maianga",
    "Hlaingthaya", "Madinat an Nasr", "Jajmau", "Honcho", "Hoji ya Henda", "New South Memphis",
    "Panshan", "Pallabi", "Luancheng", "New Kingston", "Pelentong", "Iskandar Puteri",
    "South Boston", "Surrey", "Umraniye", "Suginami", "Itabashi", "Koto", "Selayang Baru Utara",
    "Mirpur Model Thana", "Kota Kuala Muda", "Mohammadpur", "Karol Bagh", "Mukim Pulai",
    "Kalininskiy", "Jalalpur Pirwala", "Kampung Larkin Lama", "Talatona", "Kota Damansara",
    "Tanggu", "Pasir Gudang", "Mianzhu, Deyang, Sichuan", "Çankaya", "Üsküdar", "Nilüfer", "Pest",
    "Thủ Đức", "Pimpri", "Serra", "Viana", "Takeo", "Oyo", "Jos", "Natal", "Portland", "Sultanah",
    "Wanxian", "Nowrangapur", "Situbondo", "Jepara", "Sanhe", "Arifwala", "Chunian", "Battagram",
    "Soshanguve", "Thembisa", "Santo Domingo Oeste", "Santo Domingo Este", "Villa Nueva", "Panjin",
    "Yulin", "Yichun", "Teni", "Kimhae", "Jhang Sadr", "Shangyu", "Honcho", "Wenchang", "Pingdu",
}
CITY_SKIP_IDS = set()
# world cities first: kept although the name is also a common US surname or first name
CITY_KEEP = {"Sydney", "Houston", "Dallas", "Boston", "Denver", "Milan", "Adelaide", "Alexandria",
             "Harbin", "Samara", "Rosario", "Sheffield", "Lyon"}
CITY_PREFER = {"Barcelona": "ES", "Gorakhpur": "IN", "Changsha": "CN"}

# ---- translations of country names (pycountry / iso-codes), with these additions
TRANSLATION_SKIP_COUNTRIES = {"CG"}  # "Congo" alone names two countries
TRANSLATION_SKIP = {"Island", "Maurice", "Jordan", "Chile", "Georgia", "Gabon", "Chad", "Niger",
                    "Guinea", "Malta", "Oman"}
TRANSLATIONS = {
    "RU": {"ru": ["Россия"], "es": ["Rusia"], "de": ["Russland"], "fr": ["Russie"],
           "ar": ["روسيا"], "zh_CN": ["俄罗斯"], "ja": ["ロシア"]},
    "US": {"ru": ["США"], "es": ["Estados Unidos", "EE. UU."], "de": ["Vereinigte Staaten"],
           "fr": ["États-Unis"], "ar": ["الولايات المتحدة"], "zh_CN": ["美国"], "ja": ["アメリカ合衆国", "米国"]},
    "GB": {"ru": ["Великобритания"], "es": ["Reino Unido"], "de": ["Großbritannien"],
           "fr": ["Royaume-Uni"], "ar": ["المملكة المتحدة", "بريطانيا"], "zh_CN": ["英国"], "ja": ["イギリス"]},
    "KR": {"ru": ["Южная Корея"], "es": ["Corea del Sur"], "de": ["Südkorea"], "fr": ["Corée du Sud"],
           "ar": ["كوريا الجنوبية"], "zh_CN": ["韩国"], "ja": ["韓国"]},
    "KP": {"ru": ["Северная Корея", "КНДР"], "es": ["Corea del Norte"], "de": ["Nordkorea"],
           "fr": ["Corée du Nord"], "ar": ["كوريا الشمالية"], "zh_CN": ["朝鲜"], "ja": ["北朝鮮"]},
    "IR": {"ru": ["Иран"], "es": ["Irán"], "ar": ["إيران"], "zh_CN": ["伊朗"], "ja": ["イラン"]},
    "SY": {"ru": ["Сирия"], "es": ["Siria"], "de": ["Syrien"], "fr": ["Syrie"], "ar": ["سوريا"],
           "zh_CN": ["叙利亚"], "ja": ["シリア"]},
    "VN": {"ru": ["Вьетнам"], "fr": ["Viêt Nam"], "ar": ["فيتنام"], "zh_CN": ["越南"], "ja": ["ベトナム"]},
    "TW": {"ru": ["Тайвань"], "es": ["Taiwán"], "fr": ["Taïwan"], "ar": ["تايوان"], "zh_CN": ["台湾"], "ja": ["台湾"]},
}

# ---- first names
FIRST_NAME_SKIP = {  # names that are also frequent words or mostly surnames in news
    "Will", "May", "Long", "Young", "Rose", "Mark", "Bill", "Grant", "Guy", "Ray", "Joy", "Hope",
    "Faith", "Grace", "Summer", "April", "June", "August", "Dawn", "Iris", "Ivy", "Lily", "Ruby",
    "Pearl", "Crystal", "Amber", "Holly", "Jewel", "Sky", "Star", "Major", "King", "Page",
    "Bob", "Pat", "Sue", "Don", "Dean", "Chase", "Carol", "Frank", "Sterling", "Earnest",
    "Miles", "Rich", "Wade", "Lane", "Drew", "Chance", "Price", "Reed", "Gay", "Cherry",
    "Jade", "Destiny", "Precious", "Honey", "Goldie", "Ginger", "Violet", "Olive", "Hazel",
    "Jasmine", "Heather", "Autumn", "Angel", "Sunny", "Christian", "Royal", "Sharp", "Young",
    "Clay", "Cliff", "Glen", "Forest", "Dale", "Heath", "Rod", "Rusty", "Buck", "Bud",
    "Art", "Harmony", "Charity", "Mercy", "Patience", "Trinity", "Unity", "Bunny", "Kitty",
    "Ivory", "Marine", "Nice", "Sandy", "Misty", "Stormy", "Brook", "Brooke",
}
INTERNATIONAL_FIRST_NAMES = """
Vladimir Sergei Sergey Dmitry Dmitri Alexei Alexey Andrei Andrey Mikhail Nikolai Ivan Igor Oleg
Yuri Yury Boris Viktor Vitaly Vyacheslav Anatoly Gennady Yevgeny Evgeny Konstantin Maxim Pavel
Pyotr Fyodor Arkady Valery Valentina Tatiana Tatyana Svetlana Olga Irina Natalia Natalya Yelena
Elena Ekaterina Yekaterina Anastasia Lyudmila Galina Marina Oksana Yulia Volodymyr Oleksandr
Oleksiy Petro Vitali Vitaliy Andriy Mykola Serhiy Yuriy Dmytro Kyrylo Ihor Taras Bohdan
Mohammed Muhammad Mohammad Mohamed Ahmed Ahmad Ali Hassan Hussein Hussain Omar Umar Abdullah
Abdul Abdel Khalid Khaled Mahmoud Mustafa Mostafa Ibrahim Ismail Youssef Yusuf Salman Faisal
Fahd Saud Nasser Hamad Tamim Walid Waleed Tariq Karim Kareem Rashid Saeed Said Samir Sami
Jamal Fatima Aisha Ayesha Leila Layla Nour Noor Mariam Maryam Zainab Khadija Amina Hamid
Javad Mahmoud Hossein Reza Ebrahim Masoud Abbas Bashar Hafez Nabil Ziad Fouad Anwar Hosni
Jean Jacques Pierre François Francois Michel Philippe Emmanuel Nicolas Laurent Olivier Thierry
Benoît Benoit Didier Dominique Édouard Edouard Gérard Gerard Bernard Alain Marine Ségolène
Segolene Élisabeth Brigitte Sylvie Nathalie Isabelle Valérie Valerie Anne Marie Manon Camille
Jean-Luc Jean-Marc Jean-Pierre Jean-Claude Jean-Yves Jean-Marie Jean-Louis Jean-Paul
Klaus Jürgen Jurgen Wolfgang Helmut Gerhard Horst Joachim Heiko Hans Heinz Dieter Günter
Gunter Karl Friedrich Sigmar Annalena Ursula Angela Frauke Sahra Markus Thomas Stefan Uwe
Jörg Jorg Lars Robert Jens Jan Niklas Lukas Lennart Kai Olaf Armin Norbert Rolf Christoph
José Jose Juan Carlos Luis Jorge Javier Pedro Pablo Miguel Alejandro Fernando Santiago Diego
Mariano Felipe Andrés Andres Alberto Mauricio Nicolás Enrique Gustavo Rafael Raúl Raul Sebastián
Ramón Ramon Álvaro Alvaro Gonzalo Iñigo Cristina Mercedes Dolores Pilar Carmen Soraya Isabel
Inés Ines Yolanda Begoña Leticia Sofía Lucía Claudia Xiomara Dilma Luiz Inácio Jair Geraldo
Xi Jinping Li Wang Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin He Guo Ma Luo
Keqiang Qiang Yi Jiabao Jintao Zemin Wei Hua Jun Ming Hong Lei Jie Tao Bo Yan Mei Ling Xiaoping
Shinzo Fumio Yoshihide Shigeru Taro Junichiro Yukio Naoto Yoshihiko Sanae Hiroshi Takeshi
Kenji Yuki Haruki Akira Masahiro Koichi Yoko Yuriko Kim Jae Moon Yoon Suk Hyun Jung Min
Narendra Rahul Sonia Priyanka Amit Arvind Manmohan Atal Subrahmanyam Jaishankar Rajnath
Nirmala Mamata Yogi Raj Ravi Sanjay Vijay Anil Sunil Sunita Priya Pooja Anjali Deepak Rajesh
Suresh Ramesh Mahesh Ganesh Lakshmi Indira Jawaharlal Mahatma Shashi Ashok Arun Ajit Nitish
Recep Tayyip Ahmet Mehmet Mevlüt Hakan Kemal Ekrem Binali Abdullah Bülent Süleyman Devlet
Selahattin Meral Emine Tansu Necmettin Murat Mustafa Erdal Yusuf Ayşe Fatma Elif Zeynep
Volodymyr Giorgia Matteo Giuseppe Silvio Sergio Mario Enrico Paolo Romano Giorgio Luigi
Massimo Gianni Antonio Francesco Alessandro Lorenzo Federica Chiara Elly
"""

FIRST_NAMES_HEADER = """\
# First names for person detection (dossier), one a line, capitalised.
# Generated by assets/gen/build_dictionary.py; do not edit by hand.
# Sources and licences:
#   US Census Bureau, 1990 census name files dist.male.first (all 1,219 names) and
#   dist.female.first (the 3,000 most frequent), public domain, as shipped in the PyPI
#   package `names` 0.3.0 (MIT licence), in order of frequency;
#   then international first names for news (Russian, Ukrainian, Arabic, Persian, French,
#   German, Spanish, Portuguese, Chinese in pinyin, Japanese, Korean, Indian, Turkish, Italian),
#   curated for dossier (same licence as dossier).
# Left out: names that are frequent English words (SCOWL sizes 10-20, see common_words.txt)
# and a curated list of word-like names (Will, May, Rose, Mark, Grant, ...).
"""

COMMON_WORDS_HEADER = """\
# Common English words (dossier), lowercase, one a line, sorted: used to reject a
# sentence-initial capitalised word ("Yesterday", "Meanwhile") as a name.
# Generated by assets/gen/build_dictionary.py; do not edit by hand.
# Source: SCOWL (Spell Checker Oriented Word Lists) 2020.12.07 by Kevin Atkinson, Debian
# package `scowl`, lists english-words, american-words and british-words of sizes 10 and 20,
# words of the letters a-z only (no possessives, no proper names).
# Licence: SCOWL's permissive licence ("Permission to use, copy, modify, distribute and sell
# these word lists ... for any purpose is hereby granted without fee, provided that the above
# copyright notice appears in all copies"); Copyright 2000-2011 by Kevin Atkinson; sizes 10-20
# derive from the public-domain Moby Words II. See /usr/share/doc/scowl/copyright.
"""

# The UK's nations field national sides of their own (a subdivision, yet a nation in sport).
UK_NATIONS = {"GB-ENG", "GB-SCT", "GB-WLS", "GB-NIR"}
# Nations that ISO 3166-1 does not list (any more), named in entities.toml by hand.
NATIONS_EXTRA = ["Kosovo", "Macau", "Soviet Union", "Yugoslavia", "Czechoslovakia", "East Germany",
                 "West Germany", "Zaire", "Rhodesia"]

NATIONS_HEADER = """\
# The places that field national sides in sport (dossier), one a line, as the built-in
# dictionary names them: a city, county or state named as a side in a sports result stands
# for its club (an organisation), a nation's side stays the nation (a place), as the CoNLL and
# displaCy conventions have it.
# Generated by assets/gen/build_dictionary.py; do not edit by hand.
# Sources and licences: the countries of ISO 3166-1 through pycountry 26.2.16 (Debian
# iso-codes data, LGPL 2.1) that entities.toml names, England, Scotland, Wales and
# Northern Ireland, and nations no longer or not in ISO 3166-1 (Kosovo, Soviet Union,
# Yugoslavia, ...).
"""
