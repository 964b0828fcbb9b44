// Generated from Snowball's Swedish test vocabulary (voc.txt, words of 4 letters or more,
// folded to ASCII); see Tests/AnalysisTests/Resources/snowball-swedish/COPYING for its licence
// (BSD, Copyright (c) 2001 Dr Martin Porter, 2004-2005 Richard Boulton). Do not edit by hand.

extension SwedishLexicon {
    /// The words, separated by spaces and newlines.
    static let source = #"""
        aaele abba abborrar abborrarna abborre abborrpinne abednego aberopa aberopade abort abrahams absint
        abskons absolut ackel acken ackliga ackompanjerade ackord acllerbring acob adagalade adagalagger
        adagalagt adclc adcle addra adeie adel adelboren adelc adele adeles adelig adelmod adelmodig adelns
        adelsdam adelsfroken adelskalendern adelskalendrar adelskapen adelsman adelstenar adelsvapen adelt
        ader aderman adermans aderton adertonde adertonhundratalet adertonskilling adjo adjunkt adjunkten
        adjunktur adla adlades adler adlerbeth adlig adliga adligt adlingarna adlingen adolfs adopterad
        adopterade adorator adraga adragit adress adressen adressera adresserade adresserat adrog adror
        adrorna advent advoceras advokat advokatyr aeternitatis afbetalning afbida afbrot afbrott afbrutna
        afbryta afdagatagne afdrag afdukadt affaires affallen affar affardande affaren affarer affarerna
        affarernas affarsbrev affarsman affarsmannen affarsmannens affarsmassig affarsmassiga affarsmassigt
        affarsmin affarsstallning affarsstallningen affarsvanner affekterade afgjord afgjordt afgjort afgora
        afgrunden afgud afgudade afgudalika afhalla afhallen afhandla afhemta afhjelpa afholja afholl afhora
        afhorandet afhorde afhort afhuggen afkladandet afklippt afkomman aflagda aflaggare aflagsen aflagsna
        aflagsnade aflagsnare aflagsnat afloper aflyftat afmagrade afmalade afmatta afplanka afpressade
        afresa afresan afreste afri afrika afrikahettan afsagt afsandt afsats afse afseende afseenden
        afsides afskaffande afsked afskedshelsning afskedskopp afskedsstunden afskilda afskilde afskurit
        afsky afslag afslet afslog afsluta afslutande afslutat afspisa afsta afstand afsteg afstyrka
        afstyrkt aftaget aftagit aftnar aftnarna aftnarne aftog afton aftonblad aftonbladet aftonbon
        aftonbordet aftonen aftonens aftonflaktar aftonlampan aftonlandet aftonljuset aftonmaltid
        aftonmaltiden aftonpipan aftonpromenad aftonringningen aftons aftonsallskap aftonsken aftonstjarnan
        aftonstund aftonvinden aftvungit afund afundsjuka afundsvard afundsvardast afvakta afvaktade
        afvapnade afvapnades afven afvensom afventyr afventyra afventyret afvika afvoghet agan aganderatten
        agare agaren agarens agarinna agarinnan agda agde agdes agent ager agera agerande aggande agghyllor
        aggklyftorna agna agnade agnades agnar agnat agnes agnet agodelar agor agorna agrett ahorande
        ahorare ahorarinna ahorarinnan ahorarna ahorarnas ahorarskaran ahorde ahort aidre aintligen
        akademien akademikamrat akademikamrater akademitid akardroskor akdon akdonet aker akermans akern
        akerns aklagare akomma akomman akrar akrarna akrarnas akrobat aksgra akta aktad aktade aktar aktas
        aktat akte akten aktenskap aktenskapet aktenskapets aktenskapliga aktenskapsforbindelse
        aktenskapsskillnad akterut aktiebolag aktier aktierna aktning aktningen aktningsfull aktningsfullt
        aktningsvard aktningsvarda aktningsvarde aktningsvart aktor aktsamt aktuella akva akvavit alabaster
        alade alagger alande alarmera albuske alder alderdom alderdomen alderdoms aldern alders alderstigna
        aldng aldrad aldrade aldrades aldrat aldrats aldre aldrig aldrigaste aldring aldsta aldste alexander
        alfred alfvar algeriet alghuvud alghuvudet alice aliggande aliggandet alkohol alkoholister alkov
        alla allan allas alldaglig alldagliga alldagligt alldeles alldenstund alle alleens alleer alleerna
        allegori allehanda allehandaunderliga allen allena allenast allesam allesamman allesammans
        allhelgonadag allihop allmakt allman allmanhet allmanheten allmanhetens allmanna allmannare allmant
        allmoge allmogen allmogens allo allod allom allra allraminst alls allskons allsmagtige allsmaktig
        allsmaktiga allt alltaammans alltfor alltfort alltid alltihop alltihopa allting alltjamt alltkl
        alltld alltmer alltmera alltomkring alltsa alltsammams alltsamman alltsammans alltsedan allvar
        allvaret allvarlig allvarliga allvarligare allvarligt allvarsam allvarsamma allvarsammare
        allvarsamme allvarsamt almanacka almanackan almar alnar alsing alsk alska alskad alskade alskades
        alskadt alskande alskar alskare alskaren alskarens alskares alskarinna alskat alsklig alskliga
        alsklige alskligt alskling alsklingar alsklingsbarn alsklingsbarnet alsklingsdotter alsklingsdrakt
        alsklingsdryck alsklingsplats alsklingsrock alsklingssang alsklingssanger alsklingsvag alskogs
        alskogskrank alskogssalle alskvard alskvarda alskvardare alskvardhet alstern alstra alstrade
        alstring alta altandet altar altare altarens altaret altarets altarrunden altartavla altartavlan
        altartavlor altartavlorna altid alvarna amabla amade amar amarant ambetets ambets ambetsaligganden
        ambetsberk ambetsbroderna ambetsbroders ambetsman ambetsmanna ambetsmannabanan ambetsmannen
        ambetsverk ambrosius amen amerika amerikansk amerikanskt ametist ametister ametyst amlan amlar amlat
        ammar amnad amnade amnar amnarkt amnat amne amnen amnet amor amour amours ampall ampla amret amrnet
        amsikte amsiktet anade anamma anande anar anas anat anbefalde anbefallde anbelangar anblick
        anblicken anbud anbudet anda andades andakt andakten andaktiga andaktigt andaktsbok andaktsfull
        andaktsstund andaktsstunder andalmal andamal andamalet andamalets andamalslos andan andande andans
        andar andarna andas ande andedrag andedragt andedrakt andedrakten andel anden ander anderna andersen
        andesang andetag andfadd andfatt andlig andliga andlige andligen andligt andlos andlosa andlost
        andock andra andrad andrade andrades andrar andras andrat andre andres andring androgyn andrum
        andtappa andtappan andtligen anej anekdot anekdoten anekdoter anfall anfallen anfor anfora anforande
        anforda anforde anfortro anfortrodda anfortrodde anfortroddes anfortrott anforvant anforvanters anga
        angade angaende angan angande angar angares angarna angarnas angars angbaten angbatsfard
        angbatslustfarder angd angden angder angderna ange angeia angel angela angelagen angelagenhet
        angelagenheten angelagenheter angelagenheterna angelaget angelagna angelagnare angelal angelas
        angelicus angeln angelo angen angenam angenama angenamt angenarn angens anger angerfull angerfulle
        angerfullt angern angerns angest angesten angestfull angestfulla angestfullt angfartyg angfartygen
        angick angifva angifvelse angivits anglar anglarna anglars anglavingar angor angra angrade
        angransande angrar angrat angrepp angripen angriper angslade angslan angslande angslas angslig
        angsliga angslige angsligt angslup angst angsten anhalla anhallan anhaller anholl anholt anhoriga
        aning aningar aningen anjovis anka ankan ankar ankare ankefru ankenad ankestand anklaga anklagade
        anklagande anklagelsen anklagelser ankling anklingen anklingstid ankom ankommet ankomst ankomsten
        ankor anlag anlagd anlagen anlaggning anlande anlant anledning anledningar anledningarna anledningen
        anlet anlete anletes anletsdrag anletsdragen anlita anlitad anlitades anlitar anmala anmalan
        anmalandet anmaler anmalt anmaning anmark anmarka anmarkning anmarkningar anmarkningen
        anmarkningsvarda anmarkningsvardt anmarkningsvart anmarktc anmarkte anna annalkande annan annans
        annars annat annexkyrkan annika annikas annons annonsen annonser annonsera annonserades annor
        annorlm annorlunda annorstades annoterade anns annu anonymt anordnande anordningar anordningen
        anpassningsformaga anrattning anrattningen anrep anrla anropa anropade ansa ansade ansag ansage
        ansago ansags ansande ansatt ansatta ansatte ansattes anse ansedd anseende anser anses ansett
        ansigte ansigtes ansigtet ansigtsdrag ansigtsdragen ansigtsmusklerna ansikte ansikten ansiktena
        ansiktet ansiktets ansiktsdragens ansiktshy ansiktslupus ansiktsmuskler ansiktsuttryck
        ansiktsuttrycket ansiktsytan anskaffa anskaffades anskaffas anskramliga ansla anslag anslagen
        anslagit anslog ansluta anspelning ansprak anspraket anspraksfulla ansprakslos ansprakslosa
        ansprakslosheten ansprakslost ansta anstallning anstalt anstalten anstalter anstand anstandig
        anstandigt anstar anstatt anstod anstodo anstotlig anstotligt anstranga anstrangande anstrangd
        anstrangda anstrangde anstranger anstrangning anstrangningar anstrangningen anstrangt anstrykning
        ansvar ansvara ansvarar ansvaret ansvarsfull antag antaga antagande antagandet antagas antagen
        antager antages antagit antagligt antagna antal antalet antar antastad anteckna antecknat
        anteckningar anteckningarna anteckningsbocker anteckningsbok antenner antidreyfusistisk antik antika
        antikvariat antikviteter antingen antisemitism antligen antligt antog antogo antogos antogs
        antoinettefichyn anton antons antrad antradde antraddes antydan antydda antydde antyder antydningar
        antytt anvand anvanda anvandas anvande anvander anvandes anvandning anvandt anvant anvants anvisad
        anvisade anvisat anyo apade apel apeltelning apgossen apkakar aplar apollinaris apostlarne apotekare
        apotekarens apoteket apparanser apparition appelgardens applad appladcr applader appladsalvor apple
        appleansikte appleansiktet applen appletrad april aprildag apropa apropos aptit arabella arade
        aramell aran arangerad arans aras arat aratal arbar arbara arbarhet arbart arbeta arbetad arbetade
        arbetar arbetare arbetat arbete arbeten arbeterskor arbetet arbetets arbetsakdon arbetsam
        arbetsamhet arbetsamma arbetsblusar arbetsbord arbetsbordan arbetsdag arbetsdagen arbetsdagern
        arbetsdrift arbetsfordon arbetsformaga arbetshanderna arbetsklader arbetslag arbetsmanniskor
        arbetsrum arbetssamhet arbetstid aregirighet aregirigheten arelysten arelystna arelystnad aren
        arende arenden arendet arens aret arets arfor arft arftagare arga argad argigt argstrimmor argt
        argument argumenterade arhundrade arhundrades arhundradets aring aristokrati aristokratiska
        aristokratiskt arit arkad arkadisk arkebiskop arken arkenarr arket arkets arkipelag arlig arliga
        arlige arligen arligt arma armar armarna armarne armat armbagar armbagarna armbage armbagen armband
        arme armen armhagarna armod armodet armodets armtag armu arna arnade arnar arnat arnman arnmans
        arnoldson aron arones arorna arrangerad arrangerade arrangerar arrangeringen arren arrenda
        arrendator arrendatorn arrendatorns arrendators arrendatorsbostadcn arrendatorsbostaden
        arrendatorsbostadens arrendatorsbyggnaden arrendatorsfrun arrer arrest arsenik arspremierna
        arsuppkop artade artag artal artar arten arter artificiella artig artiga artigaste artige artighet
        artigheten artigheter artigheterna artighetsskratt artigt artikel artiklar artiklarna artionden
        artistiskt artsangarna artskidor artusenden arva arvd arvda arvde arve arvedel arver arves arvet
        arvid arvingar arvingarnas arvinge arvingen arvlos arvsfragan arvt arvtagaren arvtagerska asar asch
        asen asett asigt asigter asikt asikten asikter aska askadandets askadare askadareplatsen askadares
        askadarna askadarnas askade askadlig askadliga askan askar askarna asken askenberg askenbergs askgra
        askor askstrale asmundssons aspar asparna associerad assurerat astad astadkomma astadkommit astolf
        astrar astrarna astronomiska astundar asyftade asyn asynen ataga atager atagit atar atbart atbord
        atborder atcr atdragen atelje atenarna atenienn ateniennen ater aterbetalningen aterbjudande
        aterbringa aterbud aterfa aterfalla aterfann aterfar aterfarden aterfatt aterfick aterfingo
        aterfinna aterfinner aterfodd aterfoll aterfora aterforsatta aterfunnit atergaf atergalda
        atergaldade atergav atergavo atergavos atergavs atergivit aterglansen aterhalla aterhallen
        aterhallsam aterigen aterkalla aterkallade aterkallandet aterklingat aterkom aterkomma aterkommande
        aterkommen aterkommer aterkommo aterkomst aterkomsten aterkomsteu aterrackte atersago aterse
        aterseende aterseendet atersett atersken aterspeglade atersta aterstaen aterstaende aterstalla
        aterstallande aterstallt aterstar aterstod aterstoden aterstodo atersvar atertaga atertagen
        atertagit atertog atertogo atertogs ateruppliva aterupprepandet ateruppsta aterupptages aterupptagit
        atervacka atervagen atervaknat atervanda atervandande atervande atervander atervando atervann
        atervant atervantades atervunna atfolja atfoljas atfoljd atfoljda atfoljde atfoljdes atga atgangna
        atgick atgingo atit atknappt atloje atlt atltsa atlutade atlydd atlydde atminstone atmosfaren
        atmosfariska atmosferen atningen atnjot atnjutande atnjutit atnjutna atnoj atog atra atradda
        atrafyllt atran atsittande atskildes atskilliga atskilligt atsmetat atsnurrade atstramade atstruket
        atta attachemang attachement attbar atten atterbom attesten attika attikan attiofjerde attityd
        attkantigt attonde attrapp attrapper atvridna auditorium audumbla augsburgiska augusti
        augustikvallarna auktiga auktion auktioner auktoritet aura auskultant australien australneger
        automat automatiskt automobil avancerat avbedjan avbida avbild avbildade avblasts avbojde avbrant
        avbrot avbrots avbrott avbrottet avbruten avbrutit avbrutna avbryta avbrytande avbryter avcn avdanad
        avdelat avdelning avdelningen avdelningskontor avdomnad avdrag avec aven avensom aventyr aventyrens
        aventyret aventyrligheter aventyrslysten avfallna avfard avfardad avfarden avfladd avflagade
        avgaende avgatt avgavo avge avgjoras avgjord avgjort avgjorts avglomda avgnagda avgora avgorande
        avgrund avgrunden avgrunder avgrundsanden avgrundsdjup avgudat avhalla avhallen avhaller
        avhallsamhet avhamta avhandling avhandlingen avhjalpt avholja avhorde avhort avig aviga avkladde
        avkomling avkunnad avlade avlagda avlagga avlagsen avlagset avlagsna avlagsnade avlagsnare
        avlagsnaste avlagsnat avlan avlande avlanga avlidna avlidne avlocka avlopa avloppsror avloste
        avlovade avlupo avmagrat avmatt avmatta avpassad avrattsplatsen avresa avresan avrivning avsatsen
        avsatt avsattningen avseende avseenden avsett avsides avsigkomna avsikt avsikten avskaven avsked
        avskedet avskedsansokan avskedsblick avskedsmaltiden avskild avskilda avskildhet avskradeshogen
        avskrift avskum avsky avskydd avskydda avskydde avskyr avskytt avskyvarda avskyvarde avskyvart
        avslag avsloja avslojade avslojat avslot avslots avsluta avslutade avslutades avslutat avslutning
        avsmak avsondrat avsta avstack avstadades avstand avstandet avstanna avstar avstickare avstigna
        avstod avstubbade avsvalnat avsvor avtaga avtal avtala avtalade avtalat avtog avtogo avtryck avund
        avundade avundades avundas avundats avunden avundens avunds avundsjuk avundsjuka avundsjukan
        avundsjukt avundsvard avundsvarda avvag avvagd avvagt avvakta avvaktade avvaktan avvaktande avvarja
        avvarjande avvarjde avverkade avvikelse avvikelsen avvisad avvisande axel axelbred axeln
        axelryckning axelryckningen axens axlar axlarna axlarne azltsa azur azurblatt babels babelstorn
        babordslanternan babordsrelingen babyloniska baciller bacillerna bacillskrack backar backarna backe
        backen backor bada badade badades badande badar badas badat badc badd badda baddad baddade baddar
        badden baddrakt bade baden badet badhuset badkuren badning bado badrum badsejour badsejouren
        badstallet badstranden badstuga badstugan badstuns bafvan bafvande bafvat baga bagar bagare bagaren
        bagarn bagarns bagatell bagateller bage bagen bagerierna bagge bagges bagiga baglampa baglig bagna
        bahytthattar baka bakat bakbenen bakelsehungriga bakelser baken bakfoten bakgata bakgrunden bakhall
        bakhuvud bakifran baklanges bakom bakport bakringarna baksida baktanke bakvandt bakverk balansera
        balanserade balanserande bald baler balet balett balg balja baljorna balkong balladen balrika balsam
        balsamin balsaminen balsaminer balsaminerna balsaminernas balsampoppeln balsasong balstor balt
        bamablomstrande bana banade banala banan banar band bander bandet bandhundens bandrullar bane baner
        bangde banglade bank bankar bankarna bankdirektoren banken banko bankraden bann banna bannande
        bannor bans bara barande barare baras barbari bard barden baren barens barett barfota barga bargad
        bargade barhade barhuvad bari bark barkbat barlig barm barmar barmen barmhartiga barmhartige
        barmhartiges barmhartighet barmhartigheten barmhartighetsdoktorerna barmhartighetsgarningar
        barmhartighetsverk barmhartigt barmhertig barmhertighet barmmorskan barn barnafoderska barnansikte
        barnasinnet barnavard barnavardsnamnden barnbarn barnbarnen barnbordshus barnbordshuset barndom
        barndomen barndomens barndoms barndomsar barndomsminnen barndomsstad barndop barnen barnens barnet
        barnets barneu barnflicka barnhemmet barnhuset barnjungfru barnjungfruns barnkammare barnkammaren
        barnkammarens barnkara barnlos barnlost barnmorska barnmorskan barnmorskans barnmorskor
        barnpensionat barnrost barns barnsang barnsangar barnsangskvinnas barnsangskvinnorna barnsbord
        barnskaran barnslig barnsliga barnsligc barnslighet barnsligheten barnsligheter barnsligt barnsnod
        barnungar barnungarne barnungars barnunge baron baronen baronens baroner barr barren barriaren
        barrskog bars barsarkaraseri barsk barska barske barskt bart basar baserad basilisken bast basta
        bastanta baste bastigt bastu bastun basun batalj batar batarml batarna batarnas batarne baten batens
        bathuset batist batkarl batslojtnanten battra battre battringsvagen battys baudelaire bavade bavan
        bavande bavar baverratta bcgrepp bcrg bctt bcvekande beandran bearbetades bearbetning bearbetningen
        bearn beau beaune bebada bebadat bebag bebandling bebekommer beblandelse beblomstra bebodd beboddes
        bebos bebott bebyggare beckiga bedagad bedarade bedarrat beder bedit bedja bedjande bedjen bedoma
        bedomande bedomer bedomt bedovad bedovas bedovningens bedraga bedragare bedragen bedrager bedrageri
        bedragit bedragliga bedragna bedragne bedriva bedrives bedrofliga bedrofva bedrofvad bedrofvade
        bedrofvat bedrofvelse bedrofvelsen bedrofvelsens bedrog bedroge bedrogo bedrovad bedrovade bedrovas
        bedrovelsen bedrovliga bedrovligt bedt bedyra bedyrade bedyrar bedyrat befalde befaldes befalet
        befalla befallande befalld befallde befaller befalles befallning befallningar befallningen
        befallningsmannen befallningsmannens befangd befangda befangt befann befanns befans befara befarade
        befarm befasta befatta befattar befattning befattningar befattningen befinna befinner befinnes
        befolkade befolkas befolkning befolkningen befordran befordrat befordringar beframja beframjas
        befria befriad befriade befriaren befriat befrielse befrielsen befruktade befruktades befryndad
        befunnit befunno bega begaf begafvad begagna begagnad begagnade begagnades begagnar begagnas
        begagnat begagnats beganget begangna begar begara begaran begarda begarde begarelse begaren begaret
        begarets begarlighet begarligt begart begas begatt begav begavad begavade begavning begavo bege
        begge begges begick begifva begifvenhet begingo begiva begrafva begrafvet begransa begrata begratit
        begrav begrava begravas begravda begraven begraver begravet begravit begravna begravning
        begravningar begravningen begravningsbyra begravningskaffe begrep begrepp begreppen begreppet
        begreppsforvirring begripa begripas begripe begriper begripet begripit begripliga begripligt begrov
        begrovs begrunda begrundade begrundande begrundanden begrundat begynna begynnande begynnelsen
        begynns begynt begynte behaftad behaftade behaftadt behag behaga behagade behagar behagas behagat
        behaget behagfull behaglig behagliga behagligare behagligast behagligaste behagligt behagsjuk
        behagsjuka behagsjukan behagsjukans behagsjukas behall behalla behaller behandig behandiga behandigt
        behandla behandlades behandlas behandlat behandling behandlingen beharska beharskad beharskade
        beharskat beharskats beharskning beherska beherskades beherskning behjelplig behjertat behof behofde
        behofdes behofligt behofs behoft behofva behofvas behofver behofvet beholl beholle behollo behorig
        behorigen behov behova behovas behovdc behovde behovdes behoven behover behovet behovets behovs
        behovt bekampa bekampande bekande bekann bekanna bekannare bekannelse bekannelsen bekanner bekant
        bekanta bekantas bekante bekants bekantskap bekantskapen bekantskaper bekantskaperna bekantskapers
        bekantsskap bekladd beklaga beklagade beklagande beklagansvarda beklagansvarde beklagansvart
        beklagar beklagarlsvard beklagat beklamd beklamdhet beklammande beklamning bekom bekomma bekommer
        bekommit bekostnad bekrafta bekraftar bekraftas bekraftat bekraftelse bekroner bekvam bekvama
        bekvamaste bekvamde bekvamlighet bekvamlighetsinrattningarnas bekvamt bekvanlligheter bekymmer
        bekymmersam bekymmersamma bekymmerslosa bekymmerslosheten bekymra bekymrad bekymrade bekymrar
        bekymrat bekymren bekymret belagd belagda belagen belagenhet belagg belagna belagrades belagrat
        belaten belatenhet belatet belatna belatnare belatnaste beledsagade belefvad beler bell bellmans
        bellona bells belona belonade belonades beloning beloningen belopp beloppet belsasars belt belysa
        belysning belysningen belyst belysta belystes bemagtigade bemagtigat bemaktiga bemalte bemantla
        bemarka bemarkelse bemarkelsedagar bemarkt bemarkte bemarktes bemedlade bemma bemoda bemodade
        bemodande bemodanden bemodandet bemodat bemota bemotande bemotas bemoter bemott bemotte bemottes
        bena benadad benadade benadande benade benagen benaget benamna benamnas benamnde benamndes benamner
        benamnes benamning benamningen benat bene benedia benen benet benklader benne bennes benno beprisade
        beprofvade beprofvelser beprovad beqvamare beqvamlighet beqvamligheter beqvamt berakna beraknad
        beraknade beraknat berakning berakningar berakningarnes beratta berattade berattades berattandes
        berattar berattas berattat berattats berattelse berattelsen berattelser berattigad berattigat bereda
        beredd beredda beredde bereddes beredskap beredt beredvillighet beredvilligt berest berett berg
        berga bergad bergar bergen bergena bergens berget bergets berghall berghallen bergknallar bergman
        bergning bergshall bergshallen bergsmanstapet bergsprangningen bergsspetsen bergtroll bergvaggen
        bernard bernards berns bero berodde beroende berofva berofvade berom beromd beromda beromde beromdes
        beromdheterna beromlig beromma berommande berommas berommer beromvard beromvart beror berora berord
        berorda berorde berordes beroring beroringen beroringspunkt berort berovad berovade bert berusande
        berusat berusning beryktade beryktat besag besagde besannade besatt besatta besattning besattningen
        bese besegra besegrade besegras besiktigande besinming besinna besinnade besinnar besinnat besinning
        besinningstid besitta besitter besittning besittnutg besjungen beska beskada beskaffad beskaffenhet
        beskaffenheten beskaftig beskaftigt beskard besked beskedet beskedlig beskedliga beskedlige
        beskedlighet beskedligt beskickning beskickningen beskref beskrev beskrevo beskrifning beskrifningen
        beskrifva beskrifver beskrifvit beskriva beskrivit beskrivna beskrivning beskrivningar beskt
        beskuggades beskydd beskyddande beskyddare beskyddares beskyddarinna beskyllning beskyllningar
        beskyllningen beslag beslaget beslaktade beslojad beslojade beslot besloto beslut besluta beslutar
        beslutas beslutat besluten beslutet beslutit beslutsam beslutsamhet beslutsamma besok besoka
        besokande besoken besoker besoket besokt besokta besokte besoktes bespara besparades besparar bess
        best besta bestaende bestalla bestalld bestallde bestallning bestallsam bestallsamt bestallt bestamd
        bestamda bestamdare bestamde bestamdhet bestamdt bestamma bestammas bestammelse bestammelseort
        bestamt bestandande bestandig bestandiga bestandigt bestankta bestankte bestar bestarnd besten
        bestjala bestod bestodo bestort bestortning bestraffa bestrida bestridande bestro bestyr bestyra
        bestyret bestyrkt besvar besvara besvarad besvarade besvarades besvarande besvarar besvaras besvarat
        besvaret besvarjande besvarlig besvarliga besvarligheter besvarligt besvek besvikelse besviken
        besvor besvurit besydnerligt besyn besynnerlig besynnerliga besynnerligare besynnerligaste
        besynnerligen besynnerlighet besynnerligt betacka betackta betackte betade betaga betagen betagit
        betala betalade betalar betalas betalat betalda betalning betalningen betalt betalte betank betanka
        betankande betanketid betanklig betankliga betankligheter betankningstid betanksam betanksamt
        betankt betankte betar bete beteckningar betedde betett beting betjana betjanade betjanar
        betjaningen betjant betjening betlehem betlehems betog betrada betradde betradt betraffade
        betraffande betraffar betrak betrakta betraktad betraktadc betraktade betraktades betraktande
        betraktar betraktas betraktat betraktelse betraktelsen betraktelser betror betryck betryckt
        betryckta betryckte betsade betsel bett bettaktelse betty bettys betvingare betvingaren betvivlade
        betvivlar betyda betydande betydde betydelse betydelsefull betydelsefulla betydelsefullt
        betydelselosa betydelsen betydenhet betyder betydlig betydliga betydligaste betydligt betyg betyga
        betytt beund beundra beundrad beundrade beundrades beundran beundrande beundransvardt beundrar
        beundrare beundrat bevag bevagenhet bevaka bevakad bevakas bevandra bevandt bevant bevara bevarade
        bevarar bevaras bevarat bevare bevars beve beveka bevekande bevekelsegrund bevekelsegrunder
        bevekligaste bevekt bevektes beviljad beviljade beviljades beviljas bevingad bevingat bevis bevisa
        bevisad bevisade bevisar bevisas bevisat bevisen beviset bevista bevistat bevittna bevittnad
        bevittnade bevittnat bhnd biatt bibehalla bibehallen bibehaller bibehallit bibeholl bibeholle bibel
        bibelens bibeln bibelns bibelsprak biblar biblens bibliotek biblioteket biblioteksfontanen
        biblioteksrum biblioteksrummet bibo bicyklister bidar bidrag bidraga bidragit bidrar bidrog bidrogo
        bien biet bifall bifalla bifaller bifallet bifallsskran bifoga bifogade bifolls bihang bihanget bikt
        bikta bikten bikternas biktfader bila bilaga bilagga bilan bilar bilarna bild bilda bildad bildade
        bildades bildat bilden bilder bilderna bildhuggeriverk bildlikt bildning bildningen bildningsgrad
        bildstod bilen bilens biljett biljetten biljetter biljettluckan billig billiga billigare billigheten
        billigt biltoge binamnet binda bindande bindel binder bindlar bindmossa bindmossor bindor bingar
        binglade binnikemask binnikemasken biograferna biografi birck birger birgers birgitta biroll bisak
        bisarraste bisarrerier bisats biskop biskopar bismak bismarck bist bistand bistatt bister bistert
        bistra bistre bita bitande bitankar bitar bitarna bitas biter bitit bitrada bitrade bitraden
        bitradet bitter bitterhet bitterheten bitterligen bittersta bittert bittida bittra bittraste
        bittring bjaff bjalkarna bjallra bjart bjarta bjartat bjelkar bjelklaget bjod bjodo bjodos bjods
        bjork bjorkallen bjorkar bjorkarna bjorkbacke bjorkdungen bjorkens bjorks bjorn bjornars bjornen
        bjorns bjornspraket bjuda bjudande bjudas bjuden bjuder bjudes bjudit bjudna bjudning bjudningar
        bjudningskorten bjuds blaa blaadrade blablick black blacka blacket blackflackar blacksuddare
        blacksvart blackt blad bladdra bladdrade bladdrande bladen bladet bladrika bladverket blagredelina
        blakladd blaklocka blaklockor blamalade blanade blanande blanar blanat blanchs blancmanger bland
        blanda blandad blandade blandande blandar blandas blandat blandning blandsad blank blanka blankande
        blanker blankskurad blankt blankte blanzeflor blar blara blarandiga blarott blas blasa blasande
        blaser blasig blasor blast blasta blaste blasten blastern blasyra blasyran blatt blcv bleckmugg blef
        blefve blefvo blek bleka blekare bleke blekgrona blekhet blekna bleknade bleknande bleknar blekt
        blekvit blev bleve blevo blick blicka blickade blickande blickar blickarna blickarnas blickat
        blicken blid blida blidare blidka blif blifva blifver blifvit blind blinda blindas blinddorr blinde
        blindhet blink blinka blinkade blinkande blinkar blinkat blinken blinkning blint blir blitt bliv
        bliva blivande blivit blixt blixtar blixtarna blixtlikt blixtrade blixtrande blixtrat blixtsnabb
        blixtsnabbt blod bloda blodande blodde bloddroppe bloder blodet blodets blodflackar blodfull
        blodhund blodig blodiga blodnatten blodrander blodrod blodroda blodrott blods blodsarbete
        blodsdroppar blodskam blodskulder blodsprangda blodstarar blodstrale blojor blom blombukett
        blombuketter blomdoft blomfron blomglaset blomkrukor blomkrukorna blomlik blomma blommade blomman
        blommande blommar blommas blommat blommen blommig blommon blommor blommorna blommornas blommors
        blomning blomrabatten blomrika blomst blomster blomsterangar blomsteravsky blomsterbutik
        blomsterbutiken blomsterdoft blomstergudinn blomstermangleri blomsterrabatter blomsterrabatterna
        blomstersaden blomsterskorden blomsterskotsel blomsterskotseln blomsterslag blomsterstand
        blomsterstanglar blomsterstrang blomstertid blomstra blomstrade blomstrand blomstrande blomstras
        blomstrat blomstren blomvaserna blond blonda blonde blonder blondermossa blondin blont bloss blossa
        blossade blossande blossen blossens blota blott blotta blottad blottade blottat blottstald
        blottstalla blottstalld blottstallde blottstaller blou blstert blume blumstedt blumstedts blund
        blunda blundade blundande blundar blus blusen blusliv bluslivet blyertspenna blyg blyga blygas
        blygdes blyghet blygheten blygs blygsam blygsamhet blygsamheten blygsamhetens blygsamma blygsamt
        blygsel blygselkansla blygselkanslan blygselrodnad blygt blygts blyhagel blyn boan bock bocka
        bockade bockar bocken bocker bockerna bocklins bocktornet bodarna bodarnes bodbetjant bodbetjanten
        bodbitrade bodde boddonjuan boden bodfonster bodfroken bodkammaren bodkammarn bodknodden boende boet
        boett boetten bofast bogen bohaget bohuslanningen bohuslans bohuslanska bohuslanske boja bojd bojda
        bojde bojdes bojelse bojelser bojlig bojliga bojning bojningarna bojningen bojt boken bokens
        bokforing bokhylla bokhyllan bokhyllor bokhyllorna bokna bokskap bokskapet bokstaf bokstafven
        bokstav bokstaven bokstaver bokstavlig bokstavligen boktryckare bokvett bolag bolagsdirektor
        bolagsdirektorn bolares bolat bold bolder boleriska bolja boljade boljeslag boljor boljorna
        boljornas boljskum boll bolsterholjda bomb bombasinsforklade bombasinsklanningar bombasm bomber
        bomisk boms bomull bomullen bomullschalen bomullsgardiner bomullsklader bomullsklanning
        bomullsklanningarna bomullsklanningen bomullslarftsgardiner bomullsparaply bomullsplagg
        bomullssammet bomullsschal bomullsschalen bomullsstrumpor bomullsstrumporna bonat boncstunder
        bonddottrarna bonddrang bonde bonden bondenamn bondens bonder bonderna bonderomaner bondesjal
        bondeska bondestandet bondflicka bondflickan bondflickans bondflickor bondflickorna bondflickornas
        bondfolket bondgummorna bondhustru bondkarran bondkvinnas bondkvinnor bone bonehus boneman bonemote
        bonemoten bonemotet bonen boner bonerna bonernas bonesuck bonfalla bonfallande bonhomie boning
        boningar boningsrum bonjour bonjourer bonjourliknande bonjur bonkapell bonom bopfallda bora borag
        bord borda bordan bordduken borde bordel borden bordens bordet bords bordsanden bordsbon bordsbonen
        bordskamrat bordskanten bordskifva bordskifvan bordstudsaren bordun borg borgade borgare borgarfolk
        borgarhus borgat borgen borgerlig borgerliga borgerligt borgmastare borgmastaren borgmastarns borja
        borjacle borjade borjades borjam borjan borjar borjas borjat borjen borrade borrades borrande borrat
        bors borsta borstade borstades borstar borste borsten borstning bort borta bortat bortbjuden
        bortblast bortblasta bortbyta bortbytt bortdoende bortdog bortfores bortfort bortgang bortgangne
        bortgingo bortglomda bortglomt bortifran bortilande bortkastade bortkelade bortlade bortnota
        bortnott bortom bortprata bortpratade bortre bortresa bortresta bortsatt bortschasad bortse
        bortskaffa bortskamd bortskamda bortskamdt bortskamt bortskot bortskymd bortskyndande bortslitma
        bortsnappat bortsopade bortspoladt bortstjala bortsvava borttaga borttappad borttappade borttorka
        borttorkade bortvanda bortvande bortvant bosattning boshdem boskap boskapen boskapens bossa bossan
        bostad bostaden bostader bota botaniken botar botfardiga botofter botpredikanten bott botten
        bottenfock bottenrefvadt bottiger bottnen boulangermarschen bourgogne bovelen boveln boven brackband
        brackliga brackt brackte bracktes bradd bradden braddjup braddjupet brader braderna bradet
        bradgardar bradska bradskan bradskande bradspelet bradspelsbordet bradstortade bradstortande bradt
        bradtom braelser bragden bragder bragt bragte brak braka brakade brakades brakat brakdel brakiga
        brakte branar brand branda brande brandfargat brandforsakra brandgul brann branna brannande brannas
        branner branneribyggnaden branningar branningarne branningen branningens brannpunkt brannskadan
        brannvin brannvinet brannvinets brannvinsglas brant branta branten branter branting branvin branvins
        brasa brasan brasans brasglod braska brasorna brast brate bratet bratl bratt bratte bratten brattet
        brattom braun braverat bravik braxenpanka bred breda bredare bredast bredaxlad bredbent bredd bredde
        bredden breden breder bredskortade bredskyggig bredvi bredvid bref brefvet brefvets brett brev
        brevbararinnans breven brevet brevets brevid brevladan bricka brickan brigg brikoll briljant brin
        bring bringa bringade bringan bringar bringat brinna brinnande brinne brinner brist brista bristande
        bristen brister bristfalligt brita britta brittas brittmassvind brmna broar brockhaus brod brodbitar
        broder brodera broderad broderat broderi broderier broderiet brodering broderliga brodern broderna
        brodernas broderns broderskap brodet brodkaka brodstycke brodutdelningen brokad brokig brokiga
        brokigt brollop brollopet brollops brollopsdagen brollopsgasterna brollopshus brollopskrans
        brollopslagrets brollopsmarskalken brollopsresa brollopsskaran bromsar bromsarna bron brons
        bronserad bronsgruppen bronsstoden bror broracket brors brorskal brorson brorsonen brorsonens brosch
        brost brostedt brostedts brosten brostens brostet brostfickan brostfickans brostforklade brostkraset
        brostvark brot broto brotos brott brottades brottande brotten brottet brottets brottslig brottsliga
        brottslighet brottsligt brottsling brottslingarne brud brudckrona brudekrona bruden brudens brudgum
        brudgummen brudgums brudkladningen brudklanningen brudpallen brudparet brudsangen brudskaran
        brudskruden brudsloja bruk bruka brukade brukar brukas brukat brukbar bruket brukliga brukspatron
        brum brumma brun bruna brunbarkade brunbetsad brunbr brunbranda brunetta brunn brunnen brunnit
        brunno brunnsbal brunnsorten brunnsresan brunogda brunroda brunrosiga brunrosigt brunst brunstekta
        brunt brus brusa brusade brusala brusalahost brusalaljus brusalanatt brusalavar brusande brusar
        brush brushen brusning brusten brustit brustna brusto brutala bruten brutet brutit brutna brydd
        bryddc brydde bryderi brydsamma brygga bryggan bryggans bryggarkarra brygghus bryn brynostar brynt
        bryr bryta bryter brytning brytt bttrak bubblade bubblande bubblor buch bucklade bucklorna budet
        budorden budordet buds budskap buga bugade bugande bugar bugat bugning bugningar bukett buketten
        buketter bukt buktande bukter buktiga bulevarden buljong buljongen buljongens bull bulle buller
        bullhalva bullrande bullrar bullret bulor bulsig bulta bultade bultande bultar bulwer bunden bundet
        bundit bundna bundo bundt bundtar bundttroja bunt buntar bunyans buren burgund burit burk burkar
        burna buro burskap busarna buse buskar buskarna buske busken buss bussen butelj buteljen buteljer
        buteljerna buteljgron buteljgrona butiken butikernas butiksfonster buttert buttra buvudet byar
        byffen bygd bygden bygderna bygdes bygdt bygga byggande byggas byggd byggda byggde bygger byggnad
        byggnaden byggnader byggnaderna byggnadsstallningar byggningen byggt bygningen bygt bylte byns byra
        byraar byraladan byran byrans byranyckel bysattning byta byte bytet byting bytt bytte byxfickorna
        byxor byxorna calle camma canto care carl carlo carree causent cavalleria ccix ccvii ccviii cecilia
        cecilias cedera cell celle cellerna ceremoni ceremonien ceremonierna ceremoniplikter cftcr cfter
        cgent chablis champagne champagnen champagnesorten charlatan charlataner charlatanfasoner charm
        charmant charmanta charmerad charmorer charon chasseur chelone chevalereska chevelyr cheviotstyget
        chic chicago chiffer chiffonjeklaffen chiffonjen chikanerad chloris choklad chokladbit chokladbrun
        chokladkaka chopin chopins christine cigarett cigarettstumpen cigarr cigarraskan cigarrbod
        cigarrbutik cigarren cigarrer cigarrerna cigarrett cigarretten cigarretter cigarrettetui
        cigarrettspetsen cigarrfodral cigarrfragan cigarrkopp cigarroken cirka cirkel cirklar citat citia
        citron citrongul citronskiva citronsyrad civilisation civilisationens civiliserade ckade clatt clct
        cldrott cleganta clownaktigt coeur coldcream collvins cologne commun connoissent corde corpus
        corydalis creature cremer crepen croit ctra curetterna cyankalium cyankaliumpiller cylinder
        cylinderhatt cyrenaiker cyrenaikerna dack dacken dacket dacksbaten dackslasten dadan dadcs dade
        dagama dagar dagarna dagarnas dagarne dagars dagas dagblad dagbladet dagbladskontoret dagbok
        dagboken dagboksblad dagbokslappar dagen dagens dager dagern dagg dagga daggdroppe daggdtoppar
        daggen daggfrisk daggiga daggryningen daglig dagliga dagligen dagligrummet dagligt dagningen dagot
        dags dagsarbete dagslang dagslanga dagsljus dagsljuset dagsresa dagstaho dagstahohlm dagstaholm dala
        dalar dalen dalfolk dalig daliga daligare dalighet daligt dalkarl dallra dallrade dallrande dallring
        dalmalning dalstedt damast damastoverdraget dame damen damens damer damerna damm damma dammade
        dammades dammar dammen dammet dammig dammiga dammkorn dammskyarna dampad dampade dampades dampals
        dampande dampat damring damt damtorkar dana danad danade danande danar danat dandy danet dangde
        daniel daningen dankar dans dansa dansade dansande dansandes dansar dansat dansdocka dansen dansk
        dansskola danssteg dant danviken dara daraktiga daraktigt darande darars darat darav darbakom
        darborta dare darefter daremot daren darest darfor darfore darhan darhemma darhos darhus darhusen
        darhuside dari darifrall darifran darigenom darigenorm darinifran darinnanfor darinne darintill
        darinunder darjamte darmed darnast darnedan darnedanfor darnere darom darover darpa darr darra
        darrade darrande darrar darrat darrning darskap darskapen darstades dartill darunder daruppe darur
        darute daruti darutover darutur darvid darwinismen dasa dasigt daterad daterar dato datorn
        datorsbostaden datum datumen dcdfor debatt debet december decembermorker decemberstormen definition
        definitivt defunts degen degkaret dejelig dekadans deklameras dekokter dekorationer dekorationerna
        dekorativ dekorerat dela delad delade delades delaktig delande delar delarna delarne delas delat
        delen delicti delikat delikata delikataste delila delma delos dels delsen deltaga deltagande
        deltagandet deltagaren deltagit delvis demagogen demla demma demokratisk demonen demonisk demoniskt
        demonstration demostenes demutan dena deneb denna dennas denne dennes dens densamma densamme
        denscoconens departemanget departement deporterad derade deraf deras derat derefter deremot derest
        derfor derfore derhan deri derifran derigenom derinne derjemte dermed dermont derna derofver derom
        deromkring derpa derstades dertill derunder deruppe deruti dervid desamma desorganisation desperat
        dess dessa dessemellan desserten dessforinnan desslikes dessouernas dessutom desto detalj detaljer
        detaljkunskaper detektiv deth detsamma detta deva devient diagnosen dianatemplet diciplars dier diet
        dieten dietrich diger dighet digheter digitalis digl dignade dignande digt dikanten diken dikens
        diket dikt diktare diktarefeber diktarna diktat dikten diktens dikter dikterad dikterat dikterna
        diktionaren dimensioner dimma dimman dimmig dimmor dimmorna dina dingla dinglade dinglande dinglar
        diplomat direkt direkta direktor direktoren direktorn discipel disciplinen disigt disk diska diskant
        disken diskret diskreta diskussion diskutera diskuterade dispens disponera disposition disputera
        distansen distrahera distriktet ditat ditin ditlades ditlocka dito ditresan ditsatte ditt diura
        divansbordet divergensen diverse division djarv djarva djarvare djarvhet djarvt djavlar djavlarna
        djavulen djavuln djavulskvinna djerf djerfhet djerft djerfva djerfve djungel djup djupa djupare
        djupast djupaste djupbla djupet djupsinnigaste djupsinnighet djupsinnigt djupt djur djuransiktet
        djurbilder djuren djuret djurets djurgard djurgarden djurgards djurgardsbrunn djurgardsspektaklet
        djuriskt djurs dlodet docent dock docka dockan dockkladningen dockor dockorna doda dodade dodande
        dodar dodas dodat dodbenskult doddagar dode doden dodens dodfott dodlig dodliga dodligt dods
        dodsangesten dodsattesten dodsbadd dodsdag dodsdomd dodsdomde dodsfall dodsfallet dodsfiende
        dodskonvulsionerna dodsmarket dodsmorkret dodsorsaken dodssang dodsskracken dodsskramda
        dodsskuegornas dodsskuggor dodsstraff dodsstund dodssuck dodssuckar dodssynd dodssynderna dodstyst
        doende dofstum doft dofta doftade doftande doftar doften dofters doftsjal dofva doge dogg dogo doko
        doktor doktorinnan doktorn doktorns doktorsdisputation dokument dokumenterat dokumentet dold dolda
        dolde doldes dolja doljande doljas doljer doljs dolt dolts doma domar domare domaren domareuppsyn
        domarevardigheten domarinnan domcn domd domda domde domderade dome domedag domen domer domfallande
        domkyrka domkyrkans domna domnad domnade domning domprostgarden doms domsaga domsagan domsagor domt
        dopattest dopet dopp doppa doppade doppar dopt dora doras dork dorr dorrar dorrarna dorrcn dorrell
        dorren dorrlaset dorrskyltarna dorrspringa dorrvredet dosa dosan dosis dott dotter dotterlig dottern
        dotterns dotters dottrar dottrarna dova dovad dovades dovt drabant drabbningar drack drag draga
        dragande dragas dragen drager draget dragg draggen dragit dragits dragkista dragkistan dragna
        dragning dragonerna dragshallaren dragspel drakar draken drakens drakt drakten drall drallen
        dramatiska drang drangar drangarna drangen drangnavar dranka dranker drapa draperad draperade
        draperande draperi draperier draperiet draperingen draplig drapliga drapt drar dras dref dreg
        dreglande dresserad drev dreve drevkarlar drevo drevs dreyfus dreyfusaffaren dreyfusard drick dricka
        drickaren dricker drickspengar drickspengarne drift driftens drifter driftiga driftige driftliv
        drifva drifver drifvit drifvor drill drillade drillar drillat drillen dris dristade dristar
        dristighet dristigt driva drivande drivans driven driver drivfjadrar drivit drivits drivna drivor
        drivorna drog drogo drogos drogs droja drojande drojde drojer drojsmal drojt drom dromde dromlikt
        dromma drommande drommar drommare drommarna drommarnas drommars drommen drommens drommer dromt
        dromvarld drop dropp droppa droppade droppar droppe droppen droska droskbil droskkusk droskkuskarna
        droskorna droskslade drottning drottningbenadade drottningen drottninggatan drovade drucken druckit
        druckna drucko drufvans drummel drummeln drunkna drunknad drunknade drunknar drunknat
        drunkningsdoden drupit druvans druvor druvors dryaden dryck drycken drycker dryftade dryga drygt
        drypa drypande dryper duat dubbeldrom dubbelfonstren dubbelgangare dubbelhet dubbelliv
        dubbellorgnett dubbelroller dubbelt dubbla dufvan duga dugande dugde duger duggregn duggregna
        duggregnet dugligheten dugtig dugtigt duka dukade dukades dukadt dukar dukas dukat duken dukning
        duktig duktiga duktigare duktigt dumhet dumheter dumma dummare dummaste dumme dumt dundrade dundrar
        dundrat duniga dunigt dunk dunka dunkadc dunkade dunkande dunkar dunkel dunkelt dunkla dunklar
        dunklare dunklet duns dunsar dunst dunstade dunstat dunster dunstkretsen durk duschbad dusor dussin
        duva duvan duvas duvogon duvoogon duvor duvorost duvovingar duvunge dvala dvaldes dvaljas dvarg
        dvargman dygd dygde dygden dygdig dygdige dygdigt dygn dygnet dyka dyker dykt dylik dylika dylikt
        dyna dyning dyningar dyningarna dynorna dyra dyrare dyraste dyrbar dyrbara dyrbarare dyrbaraste
        dyrbarheter dyre dyrhet dyrka dyrkade dyrkan dyrkopt dyrkopta dyrt dyst dyster dysterhet dystert
        dystra dystre ebbar ecklesiastikminister eden eder edla edligt edra edward efesus effekt effter
        eftcr eftel efter efterapande efterat efterbildningen efterfikar efterfoljd efterfraga efterfragade
        eftergift eftergifvande eftergifven eftergivande efterhallen efterhangsenhet efterharma efterharmade
        efterhorde efterkomma efterlamnade efterlamnar efterlamnat efterlangtad efterlangtade efterlangtar
        efterlangtat efterlemnade eftermiddag eftermiddagarna eftermiddagarne eftermiddagen eftermiddags
        eftermiddagssolen eftermiddagsvakten efternamnet efterraknade efterrattelse efterratten efterratter
        eftersade efterse eftersinna eftersinnande eftersokt eftersokta eftersom efterspaningar efterspel
        efterst efterstrafva efterstrafvar efterstrava efterstravade efterstravansvart efterstygn eftersyn
        eftertanke eftertradare eftertraderska eftertratts eftertruppen eftertryck eftertryckligt
        eftertrycks eftervarkarna eganderatt egarinnan egde egen egenart egendom egendomen egendomlig
        egendomliga egendomligt egenhandiga egenhet egenheter egenkar egenkarlek egenkarleken egenkart
        egenmak egennytta egennyttig egennyttiga egensinnig egensinnigt egenskap egenskapen egenskaper
        egenskaperna egentlig egentliga egentligaste egentligen egentligt eger eget egga eggade eggar eggas
        eggat egna egnade egnades egnadt egnar egoism egoist egoisten egoistiska egoistiskt egypterna egypti
        ehrencreutz ehuru eian eians eiffeltornet eine ejugu ekade ekar ekas ekbord ekered ekhult ekhults
        ekipaget eklarerat eklatant eklov eklund eklunds ekonomien ekonomiskt ekorre ekorren ekotemplet
        eksem elak elaka elakare elakaste elakhet elakheter elakt elan elande elandig elandiga elandigaste
        elandige elandighet elandigt elda eldade eldar eldat eldbrasa elddonen elden eldens eldgnistor eldig
        eldiga eldorado eldrod eldros eldrosen eldrott eldsken eldskenets eldstrimma eldsvada eldtunga
        elefant eleg elegans elegant eleganta eleganten eleganter elektrisk elektriska elektriskt
        elektroniska element elementarkraft elementen elementet eletty elev eleven elever eleverna elevernas
        elfenben elfenbensfargad elfqvinnan elfte elfva elfvorna eljes eljest ella ellas ellen eller elon
        elsa elva emanerade emaus emedan emellan emellanat emellertid emma emot emottaga emottog emploient
        enahanda enar enas enbart enbuske enda endas endast endaste ende endera endrakt ener energi
        energiska energiskt enes enfald enfalden enfaldig enfaldiga enfaldighet enfaldigt enfodde enformiga
        enformighet enformigheten enformigt engblomo engel engeln engelska engelsmannen england englar
        englarne englarnes enhet enig eniga enighet enka enkcl enkefru enkel enkelhet enkelt enkla enklare
        enklaste enkom enkor enleveras enlevering enligt enna ennui enompryglas enorma enris enrum ensam
        ensamen ensamhet ensamheten ensamhetens ensamma ensammes ensamt ensarnma ense ensittarens enskilda
        enskildheter enskildt enskilt enskilta enslig ensliga enslighet ensligt enslingen enstaka enstoring
        entonig entoniga entonigt entragen entraget entragna entragnaste entragne envaldsharskarens
        envanings envaningsbyggnaden envar enveten envis envisa envisas envise envishet envist eolin
        eolsharpor eolus eorstod epaletter epilepsi epileptisk episod episoder epistlar epok epokgorande
        erbarmligt erbjod erbjods erbjuda erbjuder erbjudes erbjudna erda erfar erfara erfaren erfarenhet
        erfarenheten erfarenheter erfares erfaret erfarit erfarna erfarne erfor erforderlig erforderligt
        erfordra erfordrade erfordrades erfordras erhalla erhallit erhallna erholl erholle erhollo erholls
        erika erikas eriksfard eriksgata erinnyerna erinra erinrade erinrades erinran erinrande erinrar
        erinrat erinring erinringar erinringen erkand erkanda erkande erkann erkanna erkannande erkanner
        erkansla erkant erlade erlagda erlagga erna ernaende ernas ernestina ernst erofra erofrade erotisk
        erovra erovrad erovring erovringar erplagg erre ersatt ersatta ersatte ersatter ersattning ertappade
        ertappat esoteriska esse essingen esterhazys estetikens estetiska estimabel estimabelt estrad
        estraden etan eteriska eterstruten etiketter etiskt etra etras etsat etta ettarig etter etthundra
        etty etuin euer eugeniahemmet europa evangelist evangeliums evardeliga evig eviga evige evighet
        evigheten evighetens evighetssynpunkt evighetstanke evigt exalterad exalterade examen examineras
        excellensen excentriciteter exekutionen exekutiva exempel exemplar exemplarisk exemplariska exemplen
        exemplet exercera existera exlojtnanten exotisk expedi expedierad expeditionen expeditionerna
        exposition expositionen extas extasen extatiska extra extraordinarien extraordinart extravagant
        fabian fabriker fabriksmarke fabriksskorstenarna fackelfest facket fackla fackman facktermerna
        facktidskrift facktidskrifter faddergafvor fader faderlig faderliga faderlosa fadern fadernesland
        faderneslandet faderneslandets fadernestammen faderns fadersgladje fadershemmet fadershjartat
        fadersnamnet fadrens faelarnas fafang fafanga fafangan fafanglighet fafangt faft fagel fagelbur
        fagelflock fagelkropp fagelkroppen fagelkvist fageln fagelnabb fagelnabbars fagelns fagels fageltro
        fagelungars fagelunge fagelungen fager fagert faglar faglarna faglarnas faglars fagna fagnade fagnar
        fagra fagring fahlen fahund fakta faktade faktiskt falaskan falda falde falkoga falkogon fall falla
        fallan fallande fallat fallda fallde fallen fallenhet faller fallet fallfardigt fallit fallklaff
        fallknif fallna fallsang fallucka falluckan falnade falsk falska falskhet falskt falt falten faltens
        falttag famil familj familjcn familjebanken familjebjudningarna familjefar familjeforbindelser
        familjeforhallanden familjegraven familjehandelser familjelifvet familjen familjens familjer
        familjetradet familjs familjtafla faml famlade famlande famlar famls famn famna famnadcs famnade
        famnades famnar famnen famntag famntaget famntagets famntags fana fanar fanders fane fang fanga
        fangad fangade fangar fangarne fangas fangat fangcellen fange fangelse fangelserna fangen
        fangenskapen fangkarra fanglinan fangna fangnar fangsla fangslad fangslade fangslades fangslande
        fangslat fangslet fangst fanig faniga fanigt fanliljen fann fanns fans fantasi fantasien fantasiens
        fantasier fantastisk fantastiska fantastiskt fantiserade fantiserar fantome faordig faordiga fara
        faraktigt faran farande farbog farbroder farbrodern farbroderns farbror farbrors fard fardades
        fardas farde farden fardig fardiga fardigats fardighet fardiglovade fardigt faren faret farfadern
        farfar farfars farforaldrar farforaldrars farg fargade fargades fargar fargat fargen farger fargerna
        farggrann farglosa fargprakt fargrika fargspel fargton farhaga farhagan farhagor farit farjan
        farkost farkosten farkoster farl farlig farliga farligare farligt farm farmaceut farmaceuten farmor
        faror fars farsakrat farscha farsk farska farskallen farskt farstudor farstutrapp fart farten fartyg
        fartygen fartyget fartygets fartygs farval farvatten fasa fasad fasanerna fasansfulle fasansfullt
        fasar fasligen fasligt fasoner fasonerna fasor fassor fast fasta fastad fastade fastades fastadt
        fastaget fastan fastare fastas fastat fastbunden faste faster fastern fasters fastet fastfrusen
        fasthaftade fasthalla fasthet fasthollo fastklistrad fastlag fastlagskoral fastman fastmannen
        fastmannens fastmer fastmo fastmon fastmos fastmoskankerna fastna fastnade fastnaglad fastnat
        fastningen fastrar fastrman faststallda fastsurrad fastsurrade fatalt fatet fatt fatta fattadc
        fattade fattades fattar fattas fattat fattbar fattig fattiga fattigare fattigaste fattigdom
        fattigdomen fattigdomens fattige fattiglapp fattiglappen fattigt fattning fattningsformaga
        fattningsgava faubourg faure faust faute favitska favoritratt fctt fdrlovade fdrvridna feber
        feberaktig feberaktiga feberdrom feberhetta febern feberns febersjukdom febertermometern febervarm
        feberyrsel feberyrseln febrilt februari feer feerna feghet fegt fejade fejd fela felade felaktig
        felaktiga felande felas felat felet felfri felix felmodellerad felslagna felsteg feminin femkamp
        femma femrio femte femtio femtioatta femtiosex femtiosju femtiotalet femton femtonde fena fenelon
        fenix fenomenens fenster ferierna fermt fermtio fernissa fersen fest festen festens fester festernas
        festkladda festliga festligaste festligheten festligt feta fetare fetknoppen fetlagd fetlagt fetman
        fetstilsrubriken fett fetthjarta fezen fiaddra fiask fiat fibrer fichn ficj fick ficka fickan ficker
        fickers fickor fickorna fickpengar ficktjuvs fickur fideikommiss fiende fiendeland fiender fientlig
        fientliga fientlighet fiffigt figur figuranter figuren figurer figurerna figurliga fiiosofiskt
        fiiten fikar fikon fikonaskorten fiktion fiktioner fikusen filantroper filbunke filen filips filosof
        filosofen filosoferna filosofi filosofin filosofiska filt filtar filuren fimbulnatt fimla fimls fina
        finansvarlden finare finaste finessen fingc finge finger fingerspetsar fingerspetsarna fingertoppar
        fingertopparna fingo fingra fingrade fingrar fingrarna fingrarne fingret finhet finheter finkanslig
        finkansliga finkanslighet finkel finland finlandsk finlandssvenska finms finna finnande finnandes
        finnarna finnas finner finnes finns fins finsk finska fint fintlighet finur fiol fiolen fiolin fira
        firad firade firades firande firar firat firma fisk fiska fiskar fiskarbatarna fiskare fiskaren
        fiskarflicka fiskarflickan fiskarflickans fiskargubbe fiskarne fiskarstugan fiskarstugorna fiskat
        fiske fisken fisket fiskfatet fisklage fisklagen fisklaget fisklagets fisknoten fiskrarne
        fiskredskap fiskredskapen fisktorkning fisktorkningen fistmanspresenterna fixerade fixerar fjader
        fjaderboa fjadern fjadrande fjadrar fjall fjallen fjalliga fjalligt fjallko fjarde fjardedelar
        fjardedelen fjardedels fjarden fjardingsvag fjaril fjarilar fjarn fjarnt fjarran fjasa fjasad
        fjasade fjask fjaska fjat fjerde fjesk fjeska fjol fjolligt fjor fjorton fjortonarig fjortonde
        fjortonores fjun fjuniga fjunlos flabbade flack flacka flackade flackande flackar flackarna flacken
        flackig flackigt flackt flacktiga fladd fladdra fladdrade fladdrande fladdrar fladdrat flader flagat
        flagg flaggar flaggor flagor flak flakt flaktade flaktande flaktar flaktat flakte flamma flammade
        flamman flammande flammar flammorna flamrod flamtade flamtamde flamtande flamtar flamtat flandrisk
        flard flardfull flardfulla flardloshet flarn flasade flasande flask flaska flaskan flaskbitens
        flaskkotlett flaskor flat flata flatade flatan flatar flator flaxade flaxande flegmatiska fler flera
        flesta flestas flicka flickaktig flickaktigt flickan flickans flickas flickbarn flickben flickbrost
        flickdrommerierna flickfortjusningen flickhander flickhufvud flickkroppen flicklaro flicklaroverk
        flicknamn flickor flickorna flickornas flickors flickroster flickskolan flicksnartor flicktiden
        flickunge flickungen flickuppfostran flida flieka flik flikade flikar flin flingor flinka flinke
        flinkt flintor flintskallig flintskallige flit flitig flitiga flitigare flitige flitigt flock
        flockade flockar flocken flod flodade flodande flodar floden floder floders flodet flog flogo flojel
        flojlande flojlarna flojt flojter flojtverk flor flora floras floreal florentinarnas florerar floret
        florets florsdraperier florstunn flossa flot flott flotta flottan flottas flottglansande flottig
        flottigare fluga flugfangare flugit flugmote flugor flugorna flugornas flutit flux flydda flydde
        flyende flyg flyga flygande flygaren flygeln flyger flyglar flygt flykt flykta flyktande flyktar
        flykten flykter flyktig flyktiga flyktigare flyktighet flyktigheten flyktigt flykting flyktlg flyr
        flyta flytande flyter flytt flytta flyttade flyttar flyttat flyttbar flyttfoglarne flyttning
        fmlstret fnassel fnissade fnitter fnittrade fnittrande fnos fnoske fnurrar fnys fnysning fnyste
        foajen focken fockmasten fockskotet foda fodande fodas fodcr fodd fodda fodde foddes fodelse
        fodelsedag fodelsedagar fodelsedagen fodelsedagens fodelsedagsbord fodelsedagsbordet
        fodelsemysteriet fodelsen fodelser foder foderverket fodes fodgeni fodral fodralet fodringsagaren
        fodslovandor foga fogade fogarna fogat fogdar fogde fogden fogelkvist foglig fogligare fogligheten
        fogligt fogningar foibi foijt folianter folie folies folj folja foljaktligen foljande foljd foljde
        foljden foljder foljderna foljdes folje foljer foljeslagare foljeslagares foljeslagerska foljetongen
        foljs foljt folk folkbok folken folket folkets folkhop folkliv folklivet folkmelodi folks folksagen
        folksagner folksamlingar folkskarorna folkskollarare folktom folktommast folktro folkvett folkvimlet
        foll folle follo fomodan fomuftiga fonden fonder fondmaklaren fonster fonsterblecket fonsterbradet
        fonsterglaset fonsterglugg fonsterkarm fonsterkarmen fonsterkurtis fonsterluckor fonsterluften
        fonsterlufter fonsterlufterna fonsterna fonsternas fonsterpantomimen fonsterplats fonsterrader
        fonsterruta fonsterrutan fonsterrutor fonsterrutorna fonsterspringorna fonstrct fonstren fonstrens
        fonstret fonstrets fora foradlande foradlar forakt forakta foraktad foraktade foraktande foraktar
        foraktare foraktas foraktfuilt foraktlig foraktliga foraktligare foraktligt foraldrad foraldrade
        foraldragarden foraldralosa foraldralost foraldrar foraldrarna foraldrarnas foraldrarne foraldrars
        foraldrat foralskad foralskade foralskat foralskelse foranderlighet forandra forandrad forandrade
        forandrades forandras forandrat forandring forandringar forandringen foranledd foranledda foranledde
        foranlett foranstalta forarat forarga forargad forargade forargat forargelse forarglige forargligt
        forarsatet foras forb forbalt forbanna forbannad forbannade forbannat forbannelse forbannelser
        forbarma forbarmade forbarmande forbarmare forbarme forbaskade forbaskat forbattra forbattrad
        forbattrades forbattradt forbattrat forbattring forbehall forbehallen forbehaller forbehallet
        forbehallsamhet forbereda forberedde forberedelser forberett forbi forbifarten forbiflytande forbiga
        forbigaende forbigaerlde forbigicks forbiglidande forbiilande forbinclelse forbindelse forbindelsen
        forbindelser forbindlig forbindlighet forbindligt forbisag forbise forbisedd forbisedda forbiser
        forbistring forbittras forbittring forbjod forbjude forbjuder forbjudet forbjudit forbjudna
        forblandat forblef forblev forblevo forbli forblifva forblindade forblindadt forblindar forblir
        forbliv forblivande forbluffade forbluffande forboner forborgade forbrand forbranda forbrinna
        forbrinner forbrylla forbrytare forbrytelse forbrytelsen forbud forbund forbunde forbunden forbundit
        forbundna forbytt forc forcerat ford forda fordarva fordarvar fordarvat fordarvet forde fordel
        fordelaktig fordelaktigare fordelaktigt fordelande fordelar fordelningen forden fordenskull
        forderfvet fordes fordj fordjekladt fordjupade fordjupningar fordjupningen fordna fordolt fordom
        fordoma fordomar fordomd fordomda fordomde fordome fordomt fordomtima fordon fordra fordrade fordrag
        fordraga fordragsamhetens fordran fordrande fordrar fordras fordrat fordrevo fordringar
        fordringsagare fordringsagaren fordriva fordroja fordrojt fordubblad fordubblade fordubbladt fordunk
        fore forebilder forebra forebradde forebraelse forebraelser forebraende forebud forebygga foredome
        foredrag foredrager foredraget foredragshallare foredrog forefalla forefallande forefaller
        forefallit forefoll forefollo foregaende foregangare foreganget foregick forehades forehafvande
        forehafvandet forehalla forehavande forekom forekomma forekommande forekommandet forekommer
        forekommit forekommo forekoms forelagt forelasning forelasningar forelasningssalarna foreligga
        foreligger foremal foremalen foremalet foren forena forenad forenade forenande forenar forenas
        forenat forening foreningsband forer forerska foresats foresatsen foresatser foresatt foresatte
        foreskrift foreskrifter foresla foreslagit foreslagna foreslog forespel foresta forestaende
        forestalde forestalla forestallande forestallda forestallde forestalldes forestaller forestallning
        forestallningar forestallningen forestallt forestalt forestandarinnan forestandarinnans
        forestandarinnorna forestavade forestod forestodo forestyr foresvavade foreta foretag foretaga
        foretagas foretager foretaget foretagit foretagsam forete foretedde foreteelse foreteelser foretog
        foretogo foretradare foretrade foretraden foretradesvis foretradet forevandning forevandningar
        forevandningen forfader forfailigt forfall forfalla forfallen forfallodagen forfalskare forfalskat
        forfara forfarad forfaran forfarande forfaras forfardigats forfarit forfarlig forfarliga
        forfarligare forfarligaste forfarligt forfaslig forfasligt forfattare forfattaren forfattarskap
        forfattat forfattats forfelade forfinade forflot forfloto forfluget forfluten forflutit forflutna
        forflyktigad forflyktigat forflytta forfoga forfogade forfogande forfogar forfoljaren forfoljd
        forfoljde forfoljdes forfoljelsevansinne forfoljer forfoljes forfoljs forfoljt forfoll forfollo
        forfora forforaren forforares forforelse forforelsen forforiska forforiskt forfort forfragningar
        forfriskas forfriskning forfriskningar forfrusen forfrusna forfrusne forfrysa forgafves forgallrade
        forgangelse forgangelsen forgangelsens forgangen forgangliga forgangna forgar forgarden forgars
        forgat forgata forgatande forgater forgatit forgatts forgaves forge forgick forgicks forgifta
        forgiftad forgiftade forgiftat forgingo forglomma forgor forgora forgramda forgraten forgripa
        forgrunden forgudade forgudning forgylda forgylla forgylld forgyllda forgyllde forgyllning forgyllt
        forhalla forhallande forhallanden forhallandena forhallandet forhallen forhaller forhand forhange
        forhapnade forhardade forhardadt forhasta forhastad forhastade forhatlig forhatliga forhaxade
        forhexad forhinder forhindra forhojda forhojdes forhojning forholl forhoppning forhoppningar
        forhoppningen forhoppningens forhoppningsfull forhor forhora forhoret forifra forintas forirrade
        forirrat forjaga forjagad forjagades forjagat forkanning forkansla forkanslan forkarlek forkasta
        forkastade forkastat forkastelsedom forkladde forklade forkladen forkladet forkladnad forklara
        forklarad forklarade forklarande forklarar forklaras forklarat forklaring forklaringen forklarlig
        forklemade forklingar forknappningar forknippade forkofran forkolna forkorta forkortning forkovrar
        forkroppsligade forkrossande forkrossat forkrosselsens forkrympta forkunna forkunnade forkunnare
        forkunnelse forkyla forkyld forkyler forkylning forkylt forlag forlaga forlagan forlagen forlagenhet
        forlaget forlaggare forlagna forlama forlamande forlamning forlanga forlangd forlast forlat forlata
        forlatas forlate forlatelse forlater forlatit forlatlig forlatliga forlatligt forledande forledas
        forledd forlidna forlig forlika forliktes forlist forlita forlitande forljufvade forlofning
        forlojliga forlojligande forlopp forlora forlorad forlorade forloradt forlorar forloras forlorat
        forlosande forlossa forlossning forlossningen forlossningsbord forlossningsborden forlossningsbordet
        forlossningshem forlossningshemmet forlossningspraktikens forlossningsrummet forlossningssalar
        forlossningssalen forlossningstanger forlostes forlov forlova forlovad forlovade forlovat
        forlovingskalaset forlovning forlovningar forlovningen forlovningskalaset forlovningskyssen
        forlovningsring forlust forlustelse forlustelser forlustelsestallen forlusten form forma formadde
        formade formaga formagan formak formaket formal forman formana formanade formanande formande
        formanen formaner formaning formaningar formaningen formanlig formanliga formanligare formanligast
        formanligt formans formar formarka formarkte formars formas formasten format formatet formationer
        formatliga formats formatt formellt formen formening formens former formerna formiddag formiddagarna
        formiddagarne formiddagen formiddagens formiddags formiddagsdrakt formiddagsvandring
        formiddagsvisiterna formildrad formildrade formildrat forminskning formligen formlighet formligt
        formlosa formoda formodade formodan formodar formodat formodligen formogen formogenhet formogenheten
        formogenheter formogna formognare formorkar formularet formulera formyndare formyndaren forn forna
        fornam fornama fornamare fornamaste fornamhet fornamligast fornamligt fornamn fornamsta fornamt
        fornarmad fornarmat forne fornedrad fornedrade fornedrande fornedring forneka fornekar fornimma
        fornimmelse fornimmelser forning fornodenheter fornoj fornojd fornojda fornojde fornojdt fornojelse
        fornojsamhet fornojt fornotte forntida fornuft fornuftet fornuftets fornuftig fornuftiga
        fornuftigare fornuftigas fornuftigt fornuftsslut fornummit fornummo fornya fornyad fornyade
        fornyades fornyas fornyat foro forodd forodda forodelsen forodelsens forodmjuka forodmjukad
        forodmjukande forodmjukelse forodmjukelser forokat forokning forolampad forolampade forolampar
        forolampas forolampat forolampning forolampningen forolyckade forolyckades forolyckadt foror
        fororattade forord forordnande forordnandet forordnat fororsaka fororsakade fororsakat forovas
        forpestat forr forra forrad forrada forradande forradd forradde forrader forraderi forradisk
        forradiska forradiske forradiskt forradskamrar forradt forran forras forratt forre forres forrgar
        forringar forrmak forrstolpiga forrunne forruttnade forruttnelse forryckt forryckta fors forsade
        forsagd forsagde forsagt forsaka forsakade forsakar forsakat forsakelse forsakelsen forsakelsens
        forsakelser forsakra forsakrade forsakran forsakrar forsakrat forsakringar forsaljarna forsaljning
        forsam forsamlade forsamladt forsamling forsamlingen forsamlingens forsande forsar forsatligt
        forsatt forsatta forsatte forsattes forse forsedd forsedda forsedt forseelse forseglade forsen
        forsenad forsett forsiggar forsiggatt forsiggick forsigginge forsiggingo forsigtig forsigtighet
        forsigtigt forsik forsiktig forsiktiga forsiktighet forsiktighetsmatt forsiktighetspredikan
        forsiktigt forsiktigtvis forsjonk forsjunka forsjunkna forskaffade forskaffar forskaffat forskande
        forskar forskarmodorna forskjuten forskjuter forskjutit forskjutne forskona forskonad forskonandet
        forskoningar forskote forskott forskrackelse forskrackes forskrackiigt forskracklig forskrackliga
        forskrackligaste forskrackligt forskrackt forskrackta forskramd forskramda forskramt forskrev
        forskyllan forsla forslag forslaget forslagets forslappade forslar forslog forsma forsmadat forsmadd
        forsmadda forsmadde forsmadelse forsmadlig forsmadligt forsmak forsmaken forsmar forsmatt forsoffas
        forsofva forsok forsoka forsoker forsoket forsokt forsokte forsona forsonad forsonade forsonande
        forsonat forsoning forsoningen forsoningsfanan forsonligt forsorg forsorjningsinrattningar forsover
        forspanda forspant forspeglingen forspelet forspildt forspilla forspilld forspillda forspilt
        forspordes forsprang forssar forssling forst forsta forstadsgata forstaelse forstaende forstalda
        forstalla forstalld forstallda forstalling forstallning forstamd forstamda forstand forstandet
        forstandets forstandig forstandiga forstandigare forstandigt forstar forstarka forstarkt forstas
        forstasida forstatt forste forstenad forstenade forstfodde forstfodsloratt forstklassigt
        forstkommande forstnamda forstod forstodo forstor forstora forstorad forstorade forstorades
        forstorande forstord forstorda forstorde forstorelsen forstors forstort forstracka forstrackte
        forstro forstrodd forstroelse forstroelser forstros forstrott forstubro forstucken forstudorrn
        forstuga forstugan forstugkvisten forstugubron forstugudorren forstuguqvistarne forstuguqvisten
        forstulen forstulet forstulna forstummad forstummades forsumlighet forsumma forsummade forsummadt
        forsummas forsummat forsummelse forsupen forsupna forsutten forsvaga forsvagad forsvagade forsvagat
        forsvann forsvar forsvara forsvarade forsvarare forsvarligt forsvinna forsvinnande forsvinner
        forsvunn forsvunna forsvunne forsvunnen forsvunnet forsvunnit forsvunno forsyn forsynen fort
        fortackta fortaga fortager fortagit fortal fortala fortalja fortaljde fortaljer fortaljt fortara
        fortarande fortard fortarde fortardes fortare fortars fortatade forteg fortegat forteget fortepianot
        fortfar fortfara fortfarande fortfarit fortfor fortforo fortgang fortgangen fortgatt fortgick fortid
        fortiga fortigas fortjana fortjanade fortjanar fortjanst fortjanster fortjanstfulla fortjanstfullt
        fortjant fortjante fortjena fortjenar fortjenst fortjensten fortjenster fortjenstfull
        fortjenstfullare fortjent fortjusande fortjusning fortjust fortjusta fortjuste fortkomst fortojd
        fortoppen fortord fortorkade fortornad fortrafflig fortraffliga fortraffligaste fortrafflige
        fortraffligt fortret fortreta fortretad fortretat fortreten fortreter fortretliga fortretlighet
        fortretligheter fortro fortrodde fortroende fortroendebefattningar fortroendefullt fortroenden
        fortroendet fortroendevackande fortrogen fortrogna fortrogne fortrolig fortroliga fortroligare
        fortroligaste fortrolighet fortroligheten fortroligt fortrolla fortrollade fortrollades fortrollande
        fortrollat fortrollats fortrollerska fortrollning fortror fortrosta fortrostan fortrostande
        fortrostansfullt fortrostar fortrot fortrott fortrytelse fortrytelsen fortrytelsens fortryter
        fortrytsamt forts fortsatt fortsatta fortsattandet fortsatte fortsatter fortsattes fortsattning
        fortsattningen fortskaffningsmedlet fortune fortunnades fortvifladt fortviflan fortvina fortvivlad
        fortvivlade fortvivlan fortvivlat forty forum forunderlig forunderliga forundra forundrad forundrade
        forundran forundrar forunnat forut forutsatt forutsatter forutsattningen forutse forutser forutses
        forutsett forvagna forvalvas forvana forvanad forvanade forvanades forvanande forvanar forvanat
        forvand forvandla forvandlad forvandlade forvandlades forvandlande forvandlar forvandlas forvandlat
        forvandling forvandlingen forvandlingens forvandlingsverk forvaning forvanint forvantan
        forvantansfull forvantansfulla forvantningar forvar forvara forvarade forvarades forvarar forvaras
        forvarat forvaren forvarfva forvarfvade forvarfvadt forvarfvat forvaringsrum forvarrar forvarva
        forvarvad forvarvade forvarvat forvarvt forvaxling forverkligas forvildade forvilla forvillade
        forvillande forvillas forvillelse forvirrad forvirradc forvirrade forvirrande forvirras forvirrat
        forvirring forvirringen forvisad forvissa forvissad forvissade forvissar forvissat forvisso
        forvrangd forvreds forvrida forvriden forvridet forvridna foryngrad fosa fosfat fosforism foster
        fosterbarn fosterdotter fosterdottern fosterfader fosterfar fosterland fosterlandet fosterlandets
        fosterlands fosterlandsforraderi fosterlandska fosterlandsvan fostermodern fostermor fostermors
        fostrade fostrat fostret fotboll fotbollen foten fotgangare fotnot fotogen fotogenlampor
        fotogenlukten fotografi fotografier fotografiet fotografin fotogratiet fotpar fots fotsbredd fotspar
        fotsteg fotstegem fotstegen fott fottcrna fotter fotterna fotts fotvandraren frack fracka frackare
        frackarna fracke fracken frackens frackfason frackhet frackheten frackskorten frackt fradga
        fradgande fraga fragad fragade fragan fragande fragans fragar fragas fragat fragetecken fragment
        fragor fragtecken fraknig frall frals fralsa fralsare fralsares fralsets fralsning fralsningsarmen
        fralsningskrokan fralsningsmote fralsningssoldat fralsningssoldater fralsningssoldaterna
        fralsningssoldaternas fralst fralsta fram framat framatandan framatbojd framatbojt framatlutad
        framblickade frambragt frambringa frambringar frambrot frambrytande framburna framdeles framdraga
        framdrog framdrogo framdykande framemot framfarna framfart framfodandet framfor framfora framforallt
        framford framforde framga framgang framgangen framgangsrike framgick framhava framhjulen framila
        framja framjandet framkalla framkallade framkalladt framkallat framkasta framkastad framkastade
        framkastat framkom framkomma framkrop framlagd framlagga framlefva framleta framleva framlidne
        framling framlingar framlingen framlings framlockat framman frammand frammandc frammande frammc
        framme framom frampa framplocka framplockade frampressade frampustade framrackt framropades
        framrullade framsatt framsatta framsattes framsida framskimrat framskjuta framskjuten framskred
        framskriden framskymta framskymtade framslapade framsmogo framsmyga framst framsta framstaende
        framstalda framstalde framstalla framstallda framstallning framstallningar framstallningen
        framstallt framstamma framstammade framsteg framstickande framsticker framstod framstonat
        framstrackt framstupa framsuckade framt framtaga framtagit framtassarna framtid framtida framtiden
        framtids framtidsman framtill framtitta framtittar framtog framtogs framtrada framtradande
        framtradde framtranga framtrangde framtratt framtvinga framvastes framviskade framviskat fran frana
        frande frander franders frandragen franga frangar frankens frankiska frans fransager fransar fransk
        franska franskilda franskilt franskjutit franskots franskt fransmannen fransos fransosen
        franstotande fransyska frant frantaga frantagas frantager frantrada frants franvarande franvaro
        franvaron franzen frapperad frapperade frarmfort frasa frasade frasande frasen fraser fraste frata
        fratande frater fratte fred fredad fredag fredagen fredags fredagsformiddagen freden fredlig
        fredliga fredligare fredligt fredlosa fredmans fredrik fredrika fredrikas fredrikshalds freds
        fredsgatan fredstraktat fresta frestad frestade frestades frestande frestaren frestats frestelse
        frestelsen frestelsens frestelser fria friad friade friar friardrakten friare friarearenden
        friareaventyr friarefard friaren friarens friareresa friareresan friares friat frid fridag friden
        fridens fridfu fridfulla fridfullt fridlos fridlyst fridlysta fridolin fridtjuv frieri frieriet
        frieriets frieriterminen frigjord frigor frigora friherrinna friherrinnan friherrinnans friherrinnor
        friherrlig frihet friheten frikannande frikostig frikostighet frikostigt frileux frillornas
        frimarkena frimodig frimodighet frimodigt fripredikantens fris frisinnad frisinnade frisk friska
        friskare friskhet friskt frisprakande frisrocken fristad fristunder fritid fritimmen fritt
        frivoliteter frivolt frkn frodades frodas frodig froding froet froja frojd frojda frojdade frojdades
        frojdas frojde frojdeamnen frojdefulla frojdeljud frojden frojder frojdesalen frojdfull frojds
        froken frokenhud frokens frokn froknar froknarn froknarna froknarnas froknarnn froknarno froknartl
        froknrrna from fromhet fromjolet fromma fromme fromsinnlig fromt fron frona frontespisen fros froso
        fross frossa frossade frossbrytningar frost frosten frostiga frostnatt frot frrb frsknarr fruar
        fruarna fruarnas frukost frukostbordet frukosten frukostera frukostlovet frukostrast frukt frukta
        fruktad fruktade fruktan fruktande fruktans fruktansvard fruktansvarda fruktansvardt fruktansvart
        fruktar fruktat frukten frukter frukterna frukters fruktgirlanger fruktkorg fruktlosa fruktlosare
        fruktlosheten fruktlost frun fruns fruntimmer fruntimmershand fruntimmershattarna
        fruntimmershistorier fruntimmerskappa fruntimmerskjortel fruntimmersrost fruntimren fruntimrens
        fruntimret frus frusen fruset frusit frusna frustade frustande frustar frustulammen frynt fryntlig
        fryntlighet fryntligt fryntligtvadran frysa frysande fryser frysning fsrstas fter fugaartade fukt
        fukta fuktade fuktades fuktas fuktflackar fuktig fuktiga fuktigt fula fulare fulaste fulhet full
        fulla fullandad fullandade fullare fullastad fullaste fullblod fullborda fullbordad fullbordade
        fullbordan fullbordat fullfolja fullgjort fullgor fullklottrade fullkomlig fullkomliga
        fullkomligaste fullkomligen fullkomligheten fullkomligt fullkomnade fullmanens fullsatt fullsatta
        fullskrivet fullstandig fullstandigt fullt fullvuxen fult fulton fumlade fumlig fumliga fund funde
        fundera funderadc funderade funderande funderar funderat funderingar funderingarna funderiugar
        fundersamt fungerande funktioner funna funnen funnes funnit funnits funno funnos funster furan furie
        furielika furore furorna furstar furste furstes furstliga furstligt furu furupinnar fusk fuska
        fuskade fuskar fusket futtig futtiga futtigt fyld fylda fylde fylgia fylla fyllandet fyllas fylld
        fyllda fyllde fylldes fyller fylleriet fylles fyllig fylliga fylligare fyllighet fylligt fyllt fylt
        fynd fyndet fyndig fyra fyratiden fyratusen fyrfotingar fyrkanter fyrkantig fyrkantigt fyrkar
        fyrsprang fyrstolpig fyrtio fyrtiofem fyrvaldigt fyrverk fysik fysionomi fysisk fysiska gabriel
        gabriella gabriellas gack gacka gackade gackande gackat gadd gaende gaffel gafflar gafflarna gafs
        gafva gafve gafvel gafvelkammaren gafveln gafvo gafvor gagn gagna gagnade gagnar gagnat gagne
        gagneligast gagnlost gagns galanerna galant galanta galanteri galda galde galdstugan galeas galeasen
        galen galenskap galenskaper galet galgen galjonsbilder gall galla gallande gallans gallapplen gallde
        galler galleri galleriet gallerna gallfeber gallhona gallhumlen gallimatias galliska gallko gallret
        gallskrek gallsteklar gallt galna galning galningar galningen galopp galoppera galoscher
        galoschmakarna galt galtar gama gamla gamlas gamle gamles gamma gammal gammaldags gammalklok
        gammalmodiga gammalstafvar gammalstavad gammalsven gammalt gamman gande gang ganga gangar gangarens
        gangarna gangarnas gangars gangbanan gangen gangens ganger gangerna ganglig gangliga gangmattan
        gangna gangse gangspelet gangstig ganska gapa gapade gapande gapar gapet gapskratt gapskratta
        gapskrattar garcon gard gardagen gardagens gardar garde garden gardena gardens garderoben gardesgard
        gardin gardinen gardiner gardinerna gardinstyger gardintyg gardintyget gards gardsflygel
        gardsflygeln gardshornet gardsmuren gardsplan gardsplanen garibaldi garkok garmla garn garna
        garnerad garnerade garnet garning garningen garnvindan garnvindor garvade gasblossen gasell gasen
        gasforgiftade gaslykta gaslyktan gaslyktor gaslyktorna gasmarsch gasmarschen gaspa gaspade
        gaspedalen gaspning gaspningar gasrampen gasror gasskyarna gast gastabudshus gastar gastat
        gastbyggningen gasten gaster gasterna gasters gastfrihet gastfriheten gastfrihetens gastgivaregarden
        gastkammaren gastkammarn gastrum gastrummet gasverket gasvinge gata gatan gatans gatfull gatfulla
        gatfullt gathorn gathornet gatlaggningen gatlikt gatlyktorna gator gatorna gatornas gatsopare
        gatstrykerskorna gatt gatukorset gatukorsning gava gavan gave gavelrum gaven gavo gavor gavs gcstalt
        gcting gebitet gedigen gedigna gehor gela gelatinkapslar gele gelikar geln gemal gemen gemena gemene
        gemenliga gemenligen gemensam gemensamma gemensamt gemenskap gemenskapen gement gemnalde gemyt
        gemytlig gemytliga genast genealogi generad generade generalkonsuler generalmajor generar generat
        generation generationer generations gengald geni genier genljod genljud genmalte genom genomborrande
        genombroto genombrutna genomdrifva genomflog genomfor genomga genomgaendet genomgangen genomgar
        genomgatt genomgick genomgingo genomhederlig genomila genomlefvat genomletade genomlidit genomognade
        genompryglade genomse genomskada genomskadar genomskadat genomskimrad genomskinlig genomskinliga
        genomskinligt genomstekt genomstrommades genomtranga genomtrangande genomtrangde genomtummat
        genomvaka genomvakat genomvata genorn genre gens gent gentil gentilaste gentle gentleman gentlemans
        genvag genvagen geometriskt georgine georginer georginers georgines geranium gerda german germanska
        gerna gerning gerningar gesaller gesallerna gesallers gest gestalt gestaltar gestaltcr gestalten
        gestalter gestalterna gesten gester gestikulerade gestikulerande geting getsemane gett gevar gevaret
        gevarskolfven gick gifningen gift gifta giftas giftasgrillerna giftaslust giftaslysten
        giftastankarna giftbagare gifte gifter giftermal giftermalet giftermalsanbud giftermalsanmalan
        giftermalsforslaget giftermalsforsok giftermalsplaner giftermalsspekulation giftermalsvurm giftet
        giftig giftiga giftigaste giftoratt gifva gifvas gifve gifven gifver gifvit giga gigantisk
        gigantiska gikten giktfulla giljan giljarstrang gilla gillad gillade gillat gillstu gillstugan
        gillstutommar ginge gingo ginst gips gipsbild gipsornament girig giriga girigbuk girigt gissa
        gissade gissar gissat gissel gisselslagen gisslande gissning gistnade gitarr gitarren gitarrer
        gitarrerna gitarrknapp gitarrspel gittat gitte gitter giuseppe giva givande givas give given givet
        givit givmilda givmildare givmildhets givna gjord gjorda gjorde gjordes gjordt gjort gjorte gjuta
        gjutit glacehandskar glad glada gladare gladast gladaste gladde gladdes glade glader gladio gladja
        gladjande gladjas gladje gladjeblixt gladjekalla gladjen gladjens gladjerop gladjerorelse gladjes
        gladjeskri gladjestralande gladjestrale gladjetommaste gladlynt glads gladt gladtige glafsande
        glafste glam glan glans glansa glansande glansen glanser glanslos glanslosa glansperiod glanst
        glanste glant glanta glantade glantan glantande glantas glappande glas glasblanka glasburk
        glasdisken glasdorren glasen glaset glasets glasigt glaskarl glasklara glaskupa glaskupan glasogon
        glasogonen glasparlor glasruta glasskap glasvaggen glasveran glasverandan glasyr glatt glatta
        glattigt gled gledo glesnade glesnande glesnar glesnat glida glidande glider glidit glim glimma
        glimmade glimmande glimt glindrande glitter glittra glittrade glittrande glittret glod gloda
        glodande glodde gloder glodgade glodheta glodlamporna glom glomd glomda glomde glomma glommande
        glommas glommer glomska glomt glopar gloria glufsade glugg gluggar glupande glupska glupskt
        gmlgademlar gnagande gnagandr gnagde gnaggade gnaggande gnagt gnalla gnallande gnallde gnaller gnat
        gnata gnatig gned gnedos gnida gnissla gnisslade gnisslande gnista gnistan gnistor gnistrade
        gnistrande gnodde gnola gnolade gnolande gnolar gnolat gnomen gnomer gnott gnuggade gnyr goda godas
        godbit godbitar goddagarna goddagarne goddagspilt godde gode godhet godheten godhjartade godlynt
        godlynthet godmodiga godmodighet godmodigt godnatt godo gods godsagare godsagarn godsaker godsakerna
        godsel godset godsinthet godt godta godtgjorde godtycke goia goivet gokar goken golf golfvet golv
        golvct golvet golvspringor golvspringorna gomd gomda gomde gomdt gomma gommande gommen gommer gomsle
        gomslen gomstalle gomt gonen gora goras gores gorna goromal gossaktigt gossar gossarens gossarna
        gossarne gossc gosse gossel gossen gossens gosshander gosskola gosspannan gota goteborg gotisk
        gotiska gott gottbard gotter gottfinnande gottgjorde gottgora gottgores gotthard gotthards gottpase
        gouttiere graa graare grablandad grablanka grableka grace gracer gracerna gracios graciosa grad
        gradask gradaskiga graddade gradde grader graders gradvis graf grafdjup grafvarne grafven grafvens
        gragrona grahet grakappeexcellensen grakulet gral grala gralade gralande gralat gralen gralla gramde
        gramelse gramelsens gramer grammatikan gramt gran granade granande granar granarna granarnas granat
        grand granden grander granderna grandernas granen grankottarna grann granna grannar grannare
        grannarne grannarnes grannaste granne grannens grannes grannlaga grannlagenhet grannlat
        grannlatsdocka grannlatsrummen grannqvinna grannskap grannskapet grannstranderna grannstugan grannt
        granorgeln granris granrisat grans gransade gransande gransen granser granserna granska granskade
        granskande granskare granskat granskog granskogen granslos granslost grant grantop gras grasbankar
        grasbevuxen grasbevuxna graset grasliga grasligaste grasligt grasmattan grasmattor grasmattorna
        grasplan grasprangd grasprangda grasprangdt grasprangt grasstran grasten grastrimmig grat grata
        gratande grate graten grater gratfardig gratiers gratis gratit gratkramp grato gratt gratulationer
        gratulera gratulerade grav grava gravar gravarna gravda gravde graven graver gravera gravlika
        gravstenar gravstenarna gravvard gravvardar gravyrer gredelin gredelina gredelint gregorius grekiska
        gren grenar grenarna grenen grensle grep grepar grepe grepen grepo grepp greppet greps gret
        gretchens grevar greve grevegriften greven grevens grevinna grevinnan grevinnor grevliga grevlige
        grevligt griffeltavla griller grillerna grimas grimaserade grimaserande grimen grimma grina grinade
        grinande grind grindar grinden grindstolpar gripa gripande griparna gripas gripen griper gripit
        gripna gris grisen groda grodde grodden grof grofkorniga grofsta groft grofva grogg groggar gron
        grona gronaktiga grongraset gronmalad gronmalade gronska gronskan gronskande gronstedts gront grop
        gropar groparna gropen gropiga gror grossess grosshandlardotter grosshandlare grot groten grotesk
        grotig grov grova grovkornigaste grovre grovt grubbel grubbla grubblade grubblande grubblandet
        grubblar grubblat grubbleri grufliga grufligt grumlade grumlig grumliga grumligt grund grunda
        grundad grundade grundas grundaste grundat grundats grunddrag grunddrifterna grunden grundet
        grundlagda grundlig grundligt grundpelare grundsatsen grundsatser grundval grupp gruppen grupper
        grupperade grus gruset gruvade gruvlig gruvligt gryende grym grymheten grymheter grymma grymmaste
        grymt gryngroten gryning gryningen gryningens gryningsdagern grynvalling gryr gryta grytor grytorna
        gtlbben gtngo gtvis gubb gubbar gubbarne gubbe gubben gubbens gubbes gubbsatiriskt gubevars
        gudadryck gudaktiga gudaktigheten gudarna gudarnes gudars gudbevars guden gudens gudfar gudfruktig
        gudfruktiga gudfruktigt gudi gudloshet gudlost gudnas gudom gudomens gudomlig gudomliga gudomligare
        gudomlighet guds gudsangeln gudsfruktan gudskelov gudson gudstjanstens guhl gula gulaktig gulbetsade
        gulblekt guld guldarens guldbroderad guldbrosch gulddosan guldets guldfarg guldfargad guldfargade
        guldgula guldklackar guldklot guldlov guldpapper guldprins guldskal guldskarp guldskimmer
        guldskimrande guldsmedsbutik guldsnitt guldsnusdosan guldstoft guldtransar guldur gulgra gulgratt
        gulgron gulharige gulhvitt gull gullet gullgult gullros gullvivor gulmalad gulna gulnad gulnade
        gulnat gulrod gulrosig gulrosiga gult gumansikte gumma gumman gummi gummiansikte gummihandske
        gummiring gummor gummorna gummors gunas gung gunga gungade gungande gunst gunstiga gunstige gunstigt
        gunstling gunstlingen guppade gurka gurkornas gustaf gustav gutar guttaperkaboll gyckel gyckla
        gycklade gycklar gycklare gycklaren gycklarlynne gyllenbandade gyllenborg gyllenc gyllene gyllenrod
        gyllenstjarnan gyllne gymnasiitid gymnasist gymnasisten gymnasium gymnastiklarare gymnastiklokalen
        gymnastiktavlingarna gynekologi gynnad gynnade gynnande gynnar gynnare gynnsamma gynsamma gynsamt
        habilement habiten hack hacka hackade hackande hackar hackat hacklefjall hackor hacle hadan
        hadanefter hadangangna hadangangnas hadc hadd hade hafda hafsfagel hafsfrun hafsjungfru hafsjungfrun
        hafsmannen hafsstranden hafssvallet hafstang hafstrollen hafsvattnet hafsytan haft haftad haftade
        hafte haftet haftig haftiga haftigare haftighet haftigt hafva hafven hafver hafvet hafvets haga
        hagad hagaparken hagar hage hagen hagens haggblom haggblommor haggen hagkomst hagkomster haglig hagn
        hagnade haka hakade hakan hakar hakat hakom haktad haktas hakte hala halade halades halarna halarne
        halen half halfbror halfbrustna halfdunkla halfforfallet halfgod halfgratande halfhogt halfhviskade
        halfslocknade halfslumrade halfsofvande halft halften halfter halfterna halftimme halftranande
        halfvags halfvan halfvilde halfvissnade haligt halka halkade halkat hall halla hallande
        hallandshedarnas hallas hallbart hallde halle halleberget halleluja hallen hallens haller halles
        hallet hallhakar hallit hallning hallningen hallonen hallonkram hallre halls hallstrom hallucination
        halm halmgult halmhatt halmhatten halor hals halsa halsad halsade halsades halsan halsande halsans
        halsar halsas halsat halsband halsduk halsduken halsduksknuten halsen halsgropen halsning halsningar
        halsningarna halsningen halsobrunn halsofarlighet halsosamt halsotillstand halsovinst halsstarriga
        halt haltade haltande haltar halts halv halva halvan halvannan halvar halvbildning halvbutelj
        halvdager halvdagern halvdoende halvdrommande halvdunklet halvfardig halvfortackta halvfylld
        halvgamle halvgratande halvhogt halvjude halvkladd halvklart halvkvavd halvkvavda halvlakta
        halvliggande halvmedvetet halvmorkret halvoppen halvoppna halvrokt halvsankt halvskymd halvslummer
        halvslutna halvsovande halvstop halvt halvtannat halvtimme halvtomt halvtoner halvvags halvvaken
        halvvuxen halvvuxna hamburg hamburger hamburgerlotteriet hamma hammare hamn hamna hamnade hamnar
        hamnas hamnat hamnd hamnen hamngatan hampfro hamrade hamta hamtade hamtande hamtar hamtat hanade
        hanande hand handa handarbctcn handarbete handcr handduk handdukar handduken handdukshangare hande
        handel handeln handels handelsboden handelse handelseforloppet handelsen handelser handelserna
        handelsevis handelsforetag handelshus handelsjudar handelsman handelsmannen handen handens hander
        handerna handerochhjalpadem handfallen handfaten handfatet handflatan handfull handhafva handhava
        handkammare handkammaren handklappningar handla handlade handlande handlar handlat handled handleden
        handling handlingar handlingen handlingens handlingssatt handlost handom handren handrorelse
        handrorelser hands handskar handskats handske handsken handslag handstil handt handtaget
        handteckning handteckningen handtera handtryckning handtryckningar handtverket handtverkslara
        handvaskan hane hanfor hanfora hanforande hanford hanforda hanfort hanfull hanfulla hanfullt hanga
        hangande hangbjorkarna hangde hangdes hanger hanggranshult hangifvenhet hangivenhet hanglar
        hangrinande hangt hanhundar hanle hanlog hann hannarnas hanqckning hanringdeoch hanryckning
        hanryckta hans hanseende hanseenden hansestaderna hanskratt hanskrattade hansyn hansynsfull
        hansynslos hansynslosa hansynslost hant hantera hanterar hantverk hantverksklassen hantyda
        hantydande hantydde hantydning hantydningar hantydningen hanvisa hanvisat hanvisning hapen hapna
        hapnad hapnade hapnande hapnar hapnat hara harad haradshovding haradshovdingen haradsvag haraf
        haraldsson haraldssons harang harar harav harbargera harbargerar hard harda hardad hardar hardare
        hardens hardhet hardna hardnackenhet hardning hardningen hards hardt hare harefter harem haremellan
        haremot haremsdam haret harets harfastet harflata harflot harifran harig hariga hariig harjad
        harjade harjadt harjande harjar harjat harklade harkomst harkrank harl harledde harlig harliga
        harligare harlighet harligheten harligheter harligt harm harma harmade harmande harmar harmas harmed
        harmedelst harmen harmligt harmoniska harmoniskt harmsen harmset harmsna harnast harofver harom
        haromaret haromdagen haromkvallen harover harpa harpolek harpspelerska harpun harpunen harrorde
        harska harskade harskaren harskarinna harskat harskling harskrud harslingor harslingorna harsman
        harstades harstamning harstra hart hartestar hartill harunder haruppe harut haruti harutinnan
        harutover harva harvatten harvid hasande hasar hasselbacken hasselbacksmiddag hasselblast
        hasselfrans hasselkapp hast hastade hastar hastarna hasten hasthalsen hastig hastiga hastighet
        hastigheten hastigt hastl hastryggar hastryggen hata hatade hatande hatar hatat hatet hatfulla hatsk
        hatska hatskcnet hatskhet hatskt hatt hattar hattbrattet hatten hatthyllan hattmakare hattskralla
        hava havande havannamagasinet havda havder havdvunnet have haven haver havet havets havrebrod havs
        havsbottnen havsstranden haxa haxdansen haxeri hbma hclgc hclme hclt hcmles hcnncs hcnne hcnnes hdde
        hdnom hebrons hedar hedborn heden hedenhos heder hederlig hederliga hederlige hederligheten
        hederligt hedern hederns hedersdag hederskansla hedersmannen hedersord hederspaschan hedersplats
        hederssak hedersvakt hedervarda hednatiden hedrad hedrade hedrande hedrar hedrat hedrats heidelberg
        heidelberga hejda hejdade hejdlost hektiska hela helades helande helena helfigur helg helga helgad
        helgade helgat helgdagsaftonen helgdagsdragt helgdagshatten helgdagsklader helgdagskladerna
        helgdagsklanning helgeandsholmens helgedom helgelse helgjuten helgon helgongriften helhet helig
        heliga heligaorden heligas heligaste helighet heligt heller hellre helme helmes helsa helsad helsade
        helsades helsan helsar helsat helskinnad helsning helsningar helsningen helsosamma helst helt helv
        helvete helvetes helvetet helvetets helvetiska helvetiskt hemat hembakade hembara hembjuden hembygd
        hemdygder hemfarden hemfor hemford hemforde hemforslad hemgang hemgift hemgiften hemgjorda hemifran
        hemjordens hemkalla hemkart hemkommen hemkommit hemkomna hemkomst hemkomsten hemland hemlangtan
        hemlc hemle hemles hemlig hemliga hemlige hemligen hemlighet hemligheten hemligheter hemlighets
        hemlighetsfull hemlighetsfulla hemlighetsfullt hemligt hemlotsande hemma hemmansagardotter
        hemmansagare hemmansdottrar hemmastadd hemmastatt hemmavaro hemme hemmes hemmet hemmets hemne hemort
        hemorten hemresa hemresan hemresande hemrma hemsjuk hemsk hemska hemskhet hemskickad hemskt
        hemsokelsen hemsokelser hemsokte hemsoktes hemstad hemta hemtade hemtades hemtar hemtrevligt
        hemtrevnad hemvag hemvagen henck hencks hende hendec henmc henme henmes henna hennc henncs henne
        hennes henning hennings hennt henrika henrle heraldik heraldiskt herbergera herbergerat herde
        herdesang herdespel herdinna hergell herme hern herodes herodias heroiske herr herran herranom
        herrans herrar herrarna herrarnas herrarne herre herregud herrejestanes herrekarlar herrekarlsrock
        herrelos herrelosa herren herrens herres herresate herresatena herrgard herrgardar herrgarden
        herrgardsbyggnaden herrgardsdamerna herrgardsekipage herrgardsfroken herrgardskoket herrgardsliv
        herrgardsrum herrgdrdsbyggnaden herrinnan herrn herrskap herrskapers herrskapet herrskapets
        herrskaps herrskapsfolkets herrskapsklassen herskade hertha herthas hertig hertigen hesa hesatt
        heslutsamhet hessingen hest heta hetare hetast hetat heten hetens heter hetmes hets hetsa hetsad
        hetsade hetsande hetsar hetsig hetsiga hetsigt hetsit hetsjakt hett hetta hettade hettan hettande
        hette hicka himlabagen himlabryn himlafro himlande himlen himlens himmel himmelen himmelens himmeln
        himmelriket himmelrikets himmels himmelska himmelskas himmelske himmelskt himmelssang himmelssangen
        himmrlskt hind hinder hindra hindrad hindrade hindrar hindrat hink hinken hinna hinner hiram
        hiskligt hisnade hisnande hissades historia historie historielarare historielararen
        historielararinnan historiemalning historien historier historierna historietimme histrioner hitat
        hitbjudit hitintills hitresa hitskickade hitta hittadc hittade hittar hittat hittebarn hittills
        hjalmar hjalos hjalp hjalpa hjalpande hjalpas hjalpe hjalpen hjalper hjalpligt hjalplos hjalplosa
        hjalploshet hjalplost hjalpmadam hjalpmadamens hjalpmadammen hjalpmadams hjalpsam hjalpsamma hjalpt
        hjalpte hjalte hjaltemod hjaltemodig hjaltemodiga hjaltemodigt hjalten hjaltes hjaltinnan hjarhn
        hjarna hjarnan hjarnans hjarnor hjarta hjartan hjartans hjartas hjartat hjartats hjartegryn
        hjartelag hjartemanniskor hjartenara hjartenerv hjarterknekt hjarterotter hjartesorg hjartfelet
        hjartforlamning hjartklamning hjartklappning hjartklappningen hjartlidande hjartlig hjartliga
        hjartligaste hjartlighet hjartligt hjartlos hjartlosa hjartlost hjartrorande hjartrorelserna
        hjartsjukdomar hjartslag hjas hjassa hjassan hjel hjelp hjelpa hjelpe hjelpen hjelper hjelpreda
        hjelpt hjelpte hjelptes hjelte hjeltinna hjerna hjernan hjerta hjertan hjertandes hjertans hjertas
        hjertat hjertats hjerteangest hjerteqval hjertesorg hjertgropen hjertklappning hjertlig hjertliga
        hjertligaste hjertligen hjertligt hjertlose hjon hjord hjortronplan hjul hjulens hjulet hjulets
        hjulsparens hlalp hlen hlfor hlften hlgen hlivit hlixtlik hlod hltc hlte hlygrel hmde hobktare
        hofklader hoflig hofliga hoflighet hofligheten hofligt hoftbred hofter hofterna hofternas hoftlinjer
        hofvan hoga hogadlig hogaktade hogaktar hogar hogas hogbla hogburen hogdragen hogdraget hoge
        hogeligen hogen hoger hogfard hogfardig hogfardiga hogfardigt hogfornama hogforname hogfornamt hogg
        hoggrevlig hogklackade hogljudda hogljuddare hogljudt hogljutt hogmo hogmod hogmodet hogmodets
        hogmodig hogmodiga hogmodige hogmods hogmodsandan hogonskliga hogra hogre hogres hogroda hogrodaste
        hogryggade hogsallt hogsint hogskaf hogskolan hogskotan hogsommaren hogst hogsta hogste hogstes
        hogstrava hogt hogtid hogtiden hogtidlig hogtidliga hogtidlighet hogtidligheten hogtidligt
        hogtidsafton hogtidsdagen hogtidsdrakten hogtidsstamt hogtidsstunder hogtidstimmen hogvalborne
        hogvardiga hogvaxt hogvaxta hoja hojande hojd hojda hojde hojden hojder hojderna hojdes hojer hojt
        hokar hokarbod hokarboden hokaredisk hokarekandidaten hokarens hoken hokens hokerimedhjalparen holja
        holjande holje holl hollandskt holle hollo hollos holls holm holmar holme holmen holmstrom
        holmstroms homeros homme hona honan honett honnett honoll honom hononl honor honorar honorera hons
        honsflickan honsgarden honung honungsbytta honungshusen honungssota hopa hopade hopades hopen
        hopfallda hopfallen hopgyttrade hopklamde hopknappte hopknipen hopknipet hopknipna hopknycklade
        hopkopplade hopkrupen hoplagda hoplagt hopp hoppa hoppade hoppades hoppande hoppar hoppas hoppats
        hoppet hoppfulla hoppla hopplosa hopploshet hopplost hoppning hoppningsfullt hoppressade hoprafsat
        hopsjunken hopsydda hoptryckt hopvecklade hopvek hora horaktige horande horas horbart hord horda
        hordc horde hordes horen hores horhall horisk horisont horisontala horisonten horlur horn hornen
        hornet horniga hornkammaren hornkammarn hornrum hornrummet horribelt horribla horroret hors horsel
        hort horta hospital host hostade hostarna hostbrasan hosten hostens hostfest hosthorn hosthornets
        hostkvall hostkvallars hostliga hostligt hostlov hostluften hostmoln hostmolnen hostnattens hostpoet
        hostpsalm hostregn hostregnet hoststormar hoststormarne hoststormen hostutsadet hostvadrens hostvind
        hostvioler hota hotad hotade hotande hotar hotas hotel hotell hotellbestallning hotellet
        hotellgarden hotellrum hotellrummet hotelse hotelser hotorget hotte hottentottskor hovdingen hover
        hoves hoviskt hovlig hovliga hovligare hovlighet hovligt hovman hovmastare hovmastaren hovmastarinna
        hovmastarinnan hovmastarinnans hovnarr hovpredikant hovratt hovratten hrencreutz hrudgum htet hubert
        hude huden hudens hudingar hudsjukdomar hufvu hufvud hufvuden hufvudet hufvudgarden hufvudkudden
        hufvudpersonerna hufvudsaken hufvudstaden hufvudvark hugad hugg hugga huggaren huggit hugnad hugnade
        hugnades hugnar hugos hugskott hugsvalelse hukade hula hulda huldaste hulde huldhet hull huller
        hullet hulpit hult humanaste humanist humanitare humant humbug humbugen humd humle humlegarden
        humlegardens humlegardsgatan humlerankor humlesvarm humlor humlornas hummer hummertanger hummertina
        hummertinan humor humorist humoristiskt humrar hund hundar hundarna hundarne hunden hundens hundgard
        hundhjarna hundlivets hundra hundrade hundratals hunds hundsnus hundvalp hunger hungern hungerns
        hungrat hungrig hungriga hungrigt hunne hunnet hunnit hunno hurdan hurnlegarden hurrade hurtig
        hurtiga hurtige hurtigt huru hurudan hurudana hurudant huruledes hurusom huruvida husbehov husbestyr
        husbonde husbondefolk husbonderatt husbondes husbondevaldet husen husens huserade huseru huset
        husets husfolkets husforestanderska husfriden husfridens husfru husfrun husfruns husfrus husgerad
        husgeradet husgoromal husgoromalet hushall hushalla hushallar hushallerska hushallerskan
        hushallerskas hushallet hushallning hushallningen hushalls hushallsaktig hushallsaktighet
        hushallsbestyr hushallsgeni hushallskonto hushallspenningarna hushallsprinciper hushallsprinciperna
        hushallssaker hushallsskola hushallsskolan hushallsskolans hushallssumman hushallssyssla
        hushallsuppkop hushallsvag hushallsvetenskap hushallvetenskap husknut husknutarna husknuten
        huslakare huslakaren huslig husliga huslighet husligt husmamsell husmoder husmoderlig husmoderliga
        husmodern husmoderns husmor husnummer huspigan hustaken hustru hustrublick hustrumin hustrun
        hustruns hustrur hustrurna hustrurnas hustrurs hustrus husundersokning huttrade huvadet huvans huven
        huvu huvud huvudallen huvudbonaden huvudbry huvudbyggnaden huvudduk huvuddukarna huvuden huvudena
        huvudenas huvudet huvudfiende huvudgard huvudgarden huvudgrupper huvudkudde huvudkudden huvudman
        huvudrollen huvudsaken huvudsakligen huvudstad huvudstaden huvudstadens huvudvark huvudvarken
        huvudvillkoret hvad hvadan hvalf hvalfde hvalfiskarne hvar hvaraf hvarandra hvarat hvardagliga
        hvardagsgast hvardagslag hvardera hvarefter hvaremot hvarest hvarfor hvarfore hvari hvaribland
        hvarifran hvarigenom hvarje hvarjehanda hvarken hvarmed hvarofver hvarom hvarpa hvars hvart
        hvarthelst hvartill hvarunder hvaruti hvarvid hvem hvems hvetebrod hvila hvilade hvilat hvilka
        hvilkas hvilken hvilket hvilodag hvilorum hvirflar hviska hviskade hviskande hviskat hvissling hvit
        hvita hvitkladd hvitt hvtll hyckla hycklare hyckleri hycklerskan hydda hyddor hygglig hyggliga
        hygglige hyggligt hygienisk hylla hyllan hyllning hyllor hyllorna hymn hymnen hymner hyndan hyndans
        hypetek hypnotisera hypnotiserar hypnotiserats hypnotisk hypnotism hypokonder hypotek hyra hyran
        hyrde hyrer hyresgaster hyresmannen hyrt hyrvagn hyrvagnarna hysa hyser hyskor hyst hyste hysterisk
        hysteriska hysteriskt hytten hyvel iaktta iakttaga iakttagande iakttagas iakttagit iakttog iakttogo
        iange iangt ibland iblandvaggade ibsenpjas icautschukdocka icka ickan ickc icke ickeomt icna idag
        idealiska idealitet ideella ideellt ideen ideer idel ideliga ideligen ideligt iden identifiera idio
        idiot idioten idiotfortrytelse idiotiskt idiotmoral idiots idje idkat idoghet idol idrottens
        idrottsprestation idyllen idylliska idylliskt ieende ieke ifall ifoljd iford ifraga ifragavarande
        ifram ifran ifred ifrigt ifte ifver ifylla igar igen igenkande igenkandes igenkanna igenkannas
        igenkant igenkastad igenlost igenom igenslogs ignorera igot ihag ihagkom ihagkommen ihagkommes
        ihagkomna ihalig ihaliga ihaligt ihallande ihardig ihardiga ihardige ihardighet ihjal ihop
        ihopfastning ihopfort ihopknogade ihopkrupen ihoplappade ihopsmida ihopvek iian iianske iion iittpa
        ijml ijod ijodo ijog ijud ijuda ijuder ijudet ijum ijumma ijumt ijungande ijus ijusa ijusare ijusbla
        ijusblatt ijusboll ijusbruna ijuset ijusflackarna ijushuvudet ijussken ijusskenet ijusstrimma ijust
        ijuv ijuva ijuvlig ijuvligt ijuvt ikamlas ikladde ikladt iklatt ikull ilade ilan ilande ilar ilat
        ilbud ildhets ilennes illa illamaende illfundiga illistiga illsskolan illusion illusionen illusioner
        illusionsfria illustrationer illustrerad illvilliga ilman ilning ilon ilska ilsken ilsket ilskna
        ilsnabba ilyttade imma imman immanuel immaterielt immodernt impertinent imponerade imponerat
        imposant improvisationskonst improvisera improviserade impuls impulser impulsiv impulsivt
        inackorderat inackorderingen inalvor inandades inandandes inandas inat inatvand inbaddad
        inbalanserande inbegripen inbetalningarna inbetalningen inbetalta inbilla inbillad inbillade
        inbillar inbillat inbillning inbillningar inbillningen inbillningskraft inbilska inbilskhetens
        inbiten inbjod inbjods inbjuda inbjudan inbjudande inbjuden inbjudna inbjudning inbjudningen
        inbragte inbrant inbringa inbringat inbrott inbrytande inbunden inburen indad inde indelas indelning
        inder indien indiskrackt individens individer indragas indragen indragna indragtigare indrog
        industriens inemot infall infalla infallet infallna infamt infann infattningen infernaliska infinna
        infinner influensa influensavader inflytande inflytandet inflytelsen inflytelserika inflyttande
        inflyttat infoll infor infora inforande inford infordes inforer informationen informator informatorn
        inforseln infort infria infriade infrusen infunnit infunno inga ingaende ingaf ingalunda ingangen
        ingangna ingangssprak ingatt ingav ingelgren ingelgrens ingelns ingen ingendera ingenskada
        ingenstades ingenstans ingenting inger inget ingick ingifva ingingo ingiva ingivelse ingivelsen
        ingivelsenl ingivit ingjuta inglidande ingrarna ingripande ingt inhaladt inhamta inhamtade inhamtas
        inhamtat inhemta inhemtat inhgande inholjd inholjt inhugget inhuggna inifran initialer injaga
        inkallas inkilad inkiladt inkilat inklamd inkognito inkom inkomma inkommen inkommer inkommit inkomst
        inkomsten inkomster inkopet inkorsporten inkramet inkrupen inlade inlagga inlaggande inlaggningar
        inlagt inlamna inlamnas inlandsklimat inlarda inlart inlast inlaste inlat inlata inled inledde
        inleddes inledning inledningen inlindat inmjolade inmurad innan innandorne innanfor innanmatet
        innastlade innastlat inne innebar innebara inneboende innefattade innehade innehades innehall
        innehallande innehaller innehallet inneholl inner innerlig innerliga innerligare innerligen
        innerlighet innerligt innerst innersta inneslot inneslots innesluten innesluter inneslutit
        innevanare innu inofva inom inomhus inonl inova inovad inpa inpackaae inpassad inpassas inpiskad
        inplanta inplantar inplantat inpraglade inpudrad inqvarterat inradan inramning inrattat inrattning
        inre inredd inredning inredt inres inrett inrikes inropades inrotade inrusande insag insage insago
        insandarna insandes insatt insatta insatte insatter inse inseende insegel inseglet insekt insekter
        insekterna inser insett insidan insikt insinuerande insjo insjoar insjoarna insjos insjuknat
        insjunkna inskeppadt inskjuta inskot inskranka inskrankningar inskrankt inskrankte inskrifvet
        inskriven inskrivet inskrivningsboken inskrivningspengarna inskyndande inslappa insmog insmogo
        insnarjd insnoade insog insogo insomnad insomnade insomnat insova insovd inspara insparar insparas
        insparrad inspektion inspektor inspektorens inspiration inspirationer insprangande installa
        installda installerad installsam installsamhet installsamma installsamt instamde instammande
        instangd instangda insteg instiftelseorden instinkt instinktartad instinktartadt instinkten
        instinkter instinktiv instinktivt instinktmassigt instinktsmassigt instopacket instrument
        instrumenten instrumentens instrumentet instrumentskap instundande instuvade insugit insvepa insvept
        insvepta intaga intagande intagen intager intagit intar intc inte intelligens intelligent intensivt
        interior intermezzot interneringar intervjuar intet intetdera intetgjord intill
        intilltradgardensstora intima intimare intime intimt intog intogos intonerade intorkade intrada
        intradande intradde intrade intradet intradt intraffa intraffade intraffande intraffar intraffat
        intrang intranga intrangande intrangde intrassla intrasslade intratt intressant intressanta
        intressantare intressantaste intressante intresse intressen intressentskap intressera intresserad
        intresserade intresserar intresserat intresset intrig intriger intrigera intrigstycken introducerad
        intryck intrycket intryckt inunder inuti invaliden invalider invanare invanarne invanda invande
        invandes invandning invandningar invanta invantade invartes invecklad invecklade invektiv
        inventarium inverka inverkade inverkan inverkar invid invigd inviterat iorde iordningstalla
        iorjagade iorlat iorst iradstam iragade irakade iramfor iran irene irisk irliga ironi ironiskt irra
        irrade irrande irrar irrat irrfarder irriterar isade isak isande isar isas isaskar isdroppar isen
        isfrusna isig isiga isigt iskade iskall iskallt iskyla islossningen ismassa ismassorna isning
        isolerade isop israelitiskt israels isstycke isstycken isstyckena ister isterhakan isynnerhet
        italien italiensk italienska italienskorna itans itet ittlade itva iute iver ivrade ivrig ivriga
        ivrigare ivrigt iyck iycka iyckades iyckan iyckats iycklig iyckliga iycklige iyckligt iyckokansla
        iyckonska iycksalige iydde iyddes iydig iydigt iydnad iyft iyfta iyftad iyftas iyftat iyfte iyfter
        iyftes iyfts iykt iykta iyktan iyktor iyktorna iyktskenet iynne iysa iysande iyser iyss iyssna
        iyssnade iyssnande iyssnat iyst iyste iysten iystes iystna iystnad iytt jacka jackfickorna jacob
        jacobs jacoo jade jadrar jafva jaga jagad jagade jagande jagandets jagar jagare jagaren jagarn jagas
        jagat jagats jaget jagtande jaha jakande jakob jakobs jakt jaktande jaktbossa jakten jakthund
        jaktkarl jaktkarlar jaktkarlarne jaktkarlens jaktlojtnant jaktlojtnanten jaktlojtnantens jalusi
        jalusien jalusier jalusierna jamaika jamat jamforas jamforde jamforelse jamforelsen jamforliga
        jamkar jamlikheten jammer jammerdal jammerdalen jammerlig jammern jammerrop jamn jamna jamnan jamnar
        jamnarig jamnariga jamngamla jamngod jamngra jamnt jamra jamrade jamrande jamrat jamt jamte jamval
        jamvikten jande januari japanska jaquette jaquettekappa jargong jarn jarnhard jarnsang jarnspira
        jarnvags jarnvagsresan jarran jasa jasande jaser jasmin jasminen jasminer jasminhack jasning jaspis
        jast jasta jaste jattar jattars jatte jattebarn jattegrytan jattelik jattenavel jattesolv jattesteg
        jattestor jattetass jatteviskning javal jazzvindens jcrn jcsus jemfora jemforas jemforelse
        jemforelser jemforelsevis jemforligt jemkade jemmer jemmerfulla jemmerrop jemn jemna jemnarigt
        jemrande jemt jemte jemval jernkakelugnen jernnatur jernpansrade jernringar jernrustningarne jesu
        jesuitens jesum jesus jettegrytorna jettekrafter jettelika jobs jockeymossa johamles johan
        johannelund johannem johannes johannis johans johansmarschen john joho jojo jojomansan jollra
        jollradc jollrade jollrande jonas jord jordades jordbebyggarens jordbrunt jordbundna jordelivets
        jorden jordens jordevandringen jordfastningen jordisk jordiska jordiskt jordklotet jordvaningen
        jordytan joscf josef josefina josefinas josefs journalist jovialisk jubel jublade jublande judar
        jude judebarnen judefamilj judeflicka judehistorier juden judinnan judiska judiske judiskt judy
        judys jukanthenne jula julafton julaftonen jular julbjudning juldagen julehalm julen julens
        julepsalm julevind julgranen julgris julhogtiden juli julias julie julstoket jungarna jungfru
        jungfrualderns jungfrudom jungfrukropp jungfruliga jungfrun jungfruns jungfrur jungfrurna jungman
        jungmannen juni juniafton junior juniors junkrarna junkrarne junlos juri juridik juridiken juridiska
        juristerna jury just justera justerat justitias justitieradet justitierevisionen jutland juvel
        juveler juver jver kabelanda kabinett kabinettet kack kacka kackaste kackerlackor kackt kade kadett
        kadiga kafe kafebord kafeerna kafeet kafeets kafehorn kaferestaurang kafesoffan kaffe kaffebord
        kaffebordet kaffebricka kaffebrickan kaffegradde kaffekanna kaffekannan kaffekittel kaffekokaren
        kaffekopp kaffekoppen kaffekvarn kaffepanna kaffepannan kaffesyster kaffet kaffetaren kaffetimme
        kaft kaftan kaftanlik kaften kaggar kagla kaiken kains kaja kajen kajer kajerna kajsa kajsas kaka
        kakan kakar kakarna kakel kakelugn kakelugnar kakelugnen kakelugnsfrisen kakelugnskanten kakfat
        kakfatet kakor kakpapper kaksmet kala kalasa kalaser kalaset kalasskjortorna kalen kalendern kali
        kalk kalkar kalkborgare kalken kalkon kalkonen kalkonerna kalkonskivorna kall kalla kallad kallade
        kallades kalladt kallan kallande kallar kallare kallaren kallarglugg kallarkund kallarmastaren
        kallarmastarfrun kallarn kallarsal kallas kallaste kallat kallats kallbad kallblodighet kalle
        kallelse kallklar kallnade kallnar kallnat kallorna kallrar kallsinnighet kallsvettades kallt kalms
        kalnrern kalops kalt kalufs kalufsen kalva kalvstekssas kameral kamfer kamla kamma kammad
        kammakaregatan kammar kammardorr kammare kammaren kammarfonster kammargolfvet kammarhandel
        kammarherre kammarherrinna kammarjunkar kammarjunkare kammarjunkarefullmakt kammarlifvet kammarn
        kammarorgel kammarspisning kammartjenare kammen kammerrerinna kamp kampa kampade kampande kampar
        kampat kampen kamrar kamrars kamrat kamraten kamrater kamraterna kamraternas kamrem kamrer kamrern
        kamrerns kamrers kamrerskan kana kanalen kanalje kanaljeri kanaljerna kanbar kanbart kand kanda
        kandc kande kandelabrarna kanderad kandes kandidaten kanel kangor kanha kanhanda kanistern kann
        kanna kannan kannans kannareblick kannas kannbar kannbart kanncr kanne kannedom kannedomen kanner
        kannes kannetecken kanning kanningar kanns kannstoparsarkasm kanonskott kanoter kanotiarerna kans
        kanskc kanske kansla kanslan kanslans kanslig kansliga kanslige kansligt kansliradet
        kanslisekreterare kansloliv kanslolos kanslolost kanslor kanslorna kanslornas kanslostormarna
        kanslouttryck kanso kant kantad kantade kanten kanter kanterna kantig kantor kantorn kantorns kantra
        kantrade kantring kants kaos kapa kapabel kapell kapellens kapital kapitel kapitlet kapp kappa
        kappan kapparm kappas kappe kappen kappkryckan kapplopning kappor kapporna kapprock kappsack
        kappsackarna kappsacken kapriser kapslar kapslarna kapten kaptenen kaptenens kaptens
        kaptensvardighet kapun kapunen kara karaktar karaktarens karaktarer karaktarslost karakter
        karakteriserar karakteristiken karakteristisk karakteristiskt karamell karameller karamellkoket
        karare karaste karastes karbol kardborrar kare karen karesta karestan karet karft kari karikatyrer
        karil karin karing karingar karingen karl karlar karlarna karlarne karlberg karlbergs karlbergsallen
        karlek karlekarl karleken karlekens karleks karleksaffaren karleksakten karleksbetygelser
        karleksbrev karleksforkiaringarna karleksforklaring karleksforklaringarna karleksfull karleksfulla
        karleksfulle karleksfullt karleksglam karlekshandel karlekshistoria karlekshistorien
        karlekshistorier karleksintrig karlekskamp karleksmanen karleksmoten karleksrika karleksromaner
        karleksscener karleksvarm karleksveckornas karleksvind karlen karlig karligt karlmark karlmarken
        karlmarkens karlmarks karlmarkskan karls karlske karlskepnad karmrater karmrern karmstol karna
        karnan karnfulla karnlost karnsprak karo karolin karolina kaross karott karr karra karran karren
        karret karriar karriarsynpunkt kart karta kartan kartonger karusell karusellen karv karva karvat
        karvt kaskader kassa kassabocker kassaboken kassabokens kassadirektor kassakista kassan kasta kastad
        kastadc kastade kastades kastande kastanje kastanjebruna kastanjen kastanjer kastanjernas
        kastanjetrad kastanjetraden kastar kastas kastat kastats kastellan kasus katarina katastrof katedcrn
        kateder katedern katedrals katekesen katolik katolsk katolska katrina katrinadagen katrinas katsor
        katt katta kattdjur katten kattens kattja kattjan kattjefulla kattlik kattmusik kattor katts
        kattuner kattuns kattunsgardiner kattunskladningen kattunstycken kavaj kavajfickorna kavajkostym
        kavaljer kavaljererna kavaljern kavaljersmaner kavata kavet kaxig kedja kedjan kedjor kejsare
        kejsarinna kela kellnern kelser kelt kered kerstin kerstins kerub kestner kestners khngade kiang
        kickade kiga kihlberg kikade kikaren kiksogon kilade killingsfall kind kindben kindbenet kinden
        kindens kinder kinderna kindknotor kinesisk kinesiska kinkig kinkiga kinkigare kinkigt kippa
        kippskor kirurgen kirurger kisade kisande kiselstenar kista kistan kistlock kistor kitslighet kitta
        kittel kittla kittlade kittlande kjol kjolar kjolarna kjolen kjolkanten kjolsack kjortel
        kjortelfallar kjortelsack kjortelsacken kjortlarna klack klackar klackarna klad klada kladas kladd
        kladda kladde klade kladedragt kladen klader kladerna kladernas kladespersedel kladespersedeln
        kladespersedlarne kladkorg kladmaklaredotter kladnad kladning kladningar kladningarna kladningarnas
        kladningarne kladningen kladningsliv kladsam kladsel kladseln kladstand kladstandet kladstandsfru
        kladstandsfruar kladstandsfrun kladstandsfruns kladstandsluften klaffbord klaffen klafingrigt klaga
        klagade klagan klagande klagar klagat klagomal klamde klamma klamman klampade klamt klamtade
        klamtande klamtat klamtslag klamtslaget klan klander klandra klandrade klandrar klang klanga klangde
        klangen klangfarg klangfull klanning klanningar klanningen klanningsficka klanningskjol
        klanningslivet klanningstyget klap klapp klappa klappade klappande klappar klappat klappen klappning
        klapprade klapprande klapprandet klar klara klarar klarare klaraste klarbar klarbla klarhet klarna
        klarnade klarnar klarogd klarogda klart klas klasar klass klassbildning klassen klassens klasser
        klasserna klassforestandarinnan klassifikationssystem klasskamrat klasskamraten klasskamrater
        klassrum klassrummen klassrummet klatsch klatt klattra klattrade klattrande klattrar klattrarnas
        klaver klaveret kled klef klemade klemande klemandet klen klena klenod klenoder klenoders klent
        klentrogne kleptoman klev kliar kliat klibbade klibbar klibbat klimat klinga klingade klingallde
        klingand klingande klingar klinkan klintar klippa klippan klipper klipphalorna klippiga klippmassor
        klippor klipporna klippt klippte klipptopparne klipska klirrade klirrande kliv kliva kloaken klock
        klocka klockan klockans klockare klockaren klockarens klockarfar klockarn klockarsonen klockas
        klockkedjan klocklikt klockor klockorna klockornas klockors klockringning kloekornas klok kloka
        klokare klokast klokaste kloke klokhet klokheten klokt kloliknande klomde klor klorna kloroform
        kloster klostergarden klosterlik klot klotb klotrund klotrunda klotrunt klov klover kloverblommor
        klovern klskade klubba klubban klubben kludderi klump klumpen klumpig klungan klunk klunkar
        klyftigheterna klyftor klyfver klynka klynkade klyva klyvas knaben knabojande knabojde knabyxor
        knacka knackade knackandet knackar knackat knackebrod knackning knackningen knackt knackta knackte
        knaet knafveln knaka knakade knakande knall knallar knan knana knap knapp knappa knappande knappar
        knapparna knapparne knappast knappen knapphal knapphalet knapphandlare knapphandlaren knappnal
        knappning knappt knappta knappte knaprade knapt knarra knarrade knarrande knarrar knarrigt
        knarrningar knarrningen knaskalar knaster knastrade knastrande knat knaveln knekt knektar knep knepe
        knip knipa knipan knipande kniper knippa knippe kniv knivar knivblad kniven knogar knogat knopp
        knoppande knoppar knopparna knoppas knoppen knot knota knotade knotig knotiga knotighet knotos
        knubbig knubbiga knuff knuffa knuffade knuffar knut knutar knutarne knuten knutet knutit knutna
        knyckar knyppeldynor knyst knysta knyta knytande knyte knyten knyter kocken koffert koin koja kojen
        koka kokade kokar kokat kokemastarn kokerier kokerskan kokerskor koket kokett koketta kokettera
        koketterar koketteri kokhett kokkonst koks koksbordet koksfonster koksgolvet kokslampa koksskap
        kokstradgarden koksvaldet kokt kokta kold kolden koldrysning koleran kolgloden koliskt kollega
        kollegan kolleger kollin kollrig kolonnerna kolossal kolossala kolossale kolossalt kolpor kolportera
        kolportor kolportoren kolportorens kolportorer kolsvart kolsvarta kolsyran kolt kolv komediantfolk
        komedien komedier komfortabelt komisk komiskt komm komma kommande kommandeval kommandostafven
        kommandoton komme kommen kommendera kommenderad kommenderade kommenderande kommenterade kommer
        kommet komminister komministerankan komministern komministersankan komministersfru komministraturen
        kommissionen kommit kommiuisterns kommo kommod kommoden kommunionen komna kompan kompaner kompani
        kompanjon kompanjonerna kompanjons kompanjonskap kompass kompetent komplimang komponerar
        kompositoren komrnit koncentrerar koncepterna konceptet kondition konditori konditorier konditoriet
        konet konfekt konfirmand konfirmationsprasten konfirmationssvarmeri konfirmerad konfirmerades
        konfysa kongl konigsmarck konigsmarcks koniska konjak konjaken konjaksbuteljen konjaksglas
        konkurrens konkurrensen konkurs konradsberg konsdrift konseljen konsert konserter konservativa
        konserver konservera konserverad konsliga konspirerande konst konstanta konstapeln konstatera
        konstaterade konstaterandet konstaterar konstaterat konsten konstens konster konsterfarna konsterna
        konstgjord konstgjort konstgrepp konstig konstiga konstigt konstkannaremin konstkannedom konstlad
        konstlade konstnar konstnarer konstnarligt konstrikt konstruera konstruerade konstruerat
        konstruktioner konstverk konstverket konsul konsuler konsulinnans konsulisydamerika konsuln konsulns
        konsultationen konsultera kontakt kontant kontanta kontanter konterfej kontinent kontor kontoret
        kontrabesok kontrahenterna kontrast kontraster kontravisit kontrollorn konturen konturerna konung
        konungarnes konungason konungen konungens konungs konungsfagel konventiklar konventionellt
        konversation konversationstraden konverserade konvulsioner konvulsivisk kopa kopare koparen
        koparinnan koper kopet kopia kopman kopmangatan kopmannen kopmanshus kopp koppar kopparfargade
        kopparflaska kopparn kopparrod koppartalten koppen kopplare kopplet kopporna kopt kopta kopte kora
        koral koralen korande koras korbanan korde kordes kordong korets korg korgar korgen korgossarna
        korintierna korjade korkas korken korkskrufven korligen korn korna kornas kornbla kornblixtsky
        kornen kornhamn kornhamnstorg kornknarr korp korpen korpulent korrekt korrekta korridor korridoren
        korridorens korridorerna korrigeras kors korsa korsad korsade korsang korsat korsbar korsbaret
        korsbarssaft korsbarssylt korsbarstrad korsbarstraden korsblick korsdragande korsdragerskan korset
        korsets korsfastelse korsfastes korslagda korsmassa kort korta kortare kortaste korteligen korten
        kortet korthet korthugget korthuggna korthus kortklippta kortlapparna kortlek kortlekar kortligen
        kortsidan kortspel kortspelsbrodern korus korv korvbestallningar korvgorningen kosan kossa kost
        kosta kostade kostar kostat kostbara kostelig koster kostforaktare kostlik kostnad kostnaden
        kostsammare kostym kostymerad kotiljongsmarken kotlettben kotletten kotletter kotor kott kottben
        kottbullar kotteri kottet kottets kottslig kottsliga krabat krabban krabbor krack kraf krafde kraft
        krafta kraftan kraftartad kraften krafter krafterna kraftfull kraftfulla kraftfullare kraftfullaste
        kraftfullhet kraftfullt kraftgrepp kraftig kraftiga kraftigare kraftigt kraftor kraftskal kragar
        krage kragen krak kraka krakans krakas krake kraken kraket krakfot krakfotter krakor krakorna
        krakornas kraktes krakunge kralade kralande kram krama kramad kramade kramande kramar kramarborden
        kramp krampaktig krampaktigt krampgrat krampor kramporna krangde krangel krangla krangliga
        krangligare kranier kranium krankta krans kransad kransar kransen krasande krasandet krasbandet
        krasch krasen kraset krasnal krassen kratta krav kraver kredit krediten kreditorernas kretin krets
        kretsa kretsade kretsande kretsar kretsen kretsgang kreverar krig krigare krigaren krigarslakt
        kriget krigets krigsklang krigslist krigsmakten krigstillstand krigstillstandet kriminalberattelser
        krimskrams kring kringbjudet kringelkrokar kringfarande kringfladdrande kringla kringrand kringranna
        kringspridarc kringspridda kringvandrande krist kristaller kristallklar kristallkronor kristallvas
        kristen kristendom kristenhet kristenhets kristet kristi kristin kristina kristinas kristlig
        kristliga kristligt kristna kristnade kristnas kristne kristningsnamnet kristum kristusbarnet krit
        kritade kritbiten kritblek kritbleka kritcirkeln krithvita kritik kritiserande kritisk kritiska
        kritvita kritvitt krok kroka krokan krokar krokarna kroken krokig krokiga krokna krokning krokningar
        krokningen krokt krokta krokte krokvagar kromatiska kron krona kronan kronans kronartskocka
        kronartskockan kronas kronen kronet kronika kroningsdag kroningsmarschen kroningsmynt kronobaten
        kronor kronprinsen krontjufven krop kropo kropp kroppar kroppen kroppens kropps kroppsarbetare
        kroppsbyggnad kroppskrafter kroppslig kroppsliga kroppsligen kroppsligt krossa krossad krossade
        krossades krossadt krossande krossas krossat kruka krukan krukvaxter krukvaxterna krumbukter krumma
        krupit krus krusa krusad krusade krusades krusar krusiga krusigt krusning krut krutet krutrok
        krutsprangt kryare kryat kryck kryckan kryckor kryckorna kryddad kryddan kryddat kryddbod kryddor
        krylbom krymp krympa krymper krympling krymplingars krymplingen krympt krympte kryp krypa kryper
        krypskytten kryssade kryssar kryssat krysta ktocka kuappt kuddar kuddarna kuddc kudde kudden kuddvar
        kufvades kufvadt kujonera kula kulan kulen kulet kuliss kulissen kulisserna kull kullar kullarna
        kullbatarna kulle kullen kullerstenar kullerstenarna kullerstolen kullisserna kullkastat kullstjalpt
        kulma kulor kulorna kulorta kulturen kumpanerna kund kundc kunde kunder kung kungen kungens
        kungjorde kungjordes kungl kunglig kungliga kungsangsliljor kungsholmen kungstradgarden kunna kunnat
        kunnelse kunnig kunniga kunskap kunskaper kupeerna kupefonstren kupiga kurage kurbits kurbitsen
        kurbitsmalning kuren kurerar kurlde kurma kurna kurort kurragommalek kurre kurs kursavgifter kursen
        kursiv kursiva kurtis kurtisaner kurtisen kurtiser kurva kurvor kuscha kusin kusinens kusiner
        kusinerna kusinernas kusins kusken kusligt kust kustbevakare kustbevakaren kustbevakarens kusten
        kustens kustnaturen kuststaden kusttjensteman kustuppsyningsmannen kutiga kutter kuttra kuva kuvad
        kuvade kuvert kuvertet kvad kvaden kvadrat kvadraten kvakarstrang kval kvald kvalda kvalde kvaldes
        kvalfull kvalfullt kvalfylld kvalitetsvagn kvaljningar kvaljningarna kvall kvalla kvallar kvallarna
        kvalldags kvallen kvallens kvallshimlens kvallsluften kvallsolen kvallspromenad kvallssky
        kvallstysta kvallsvard kvallsvarden kvalm kvalmig kvalmiga kvar kvarblevo kvarglomd kvarhalla
        kvarholls kvarlamna kvarlevande kvarlevorna kvarndrangen kvarnen kvarnforsen kvarnhjul
        kvarnhjulshatten kvarnlekan kvarntorrt kvarnvinden kvarsittande kvarsittare kvarsta kvarstod kvart
        kvartalet kvartalets kvartalsvis kvarteis kvarten kvarter kvarts kvartsbuteljer kvasa kvasten
        kvastkapp kvav kvava kvavande kvavas kvavd kvavda kvavde kvavdes kvave kvavs kvavt kved kvick kvicka
        kvickheter kvickna kvickt kvida kvidande kvider kvill kvin kvinna kvinnan kvinnans kvinnas kvinnfolk
        kvinnfolken kvinnlig kvinnliga kvinnlighet kvinnligt kvinno kvinnoarmar kvinnoblomma kvinnoblomman
        kvinnohar kvinnohuvuds kvinnokropp kvinnolakare kvinnolakaren kvinnolist kvinnomakt kvinnomanniska
        kvinnor kvinnorna kvinnornas kvinnorost kvinnorosten kvinnorov kvinnors kvinnosidan kvinnoskepelse
        kvinnovarelse kvinnsperson kvist kvistar kvisten kvitt kvitter kvittera kvitterat kvittning kvittra
        kvittrade kvittrande kvittrat kycklidgar kycklingar kyffet kyla kylde kylig kyliga kyligt kymmer
        kymriska kyparen kyrka kyrkan kyrkans kyrkfolket kyrkklockan kyrkklockans kyrkobacken kyrkofadern
        kyrkogard kyrkogardar kyrkogarden kyrkogardens kyrkogardshornet kyrkogardshymner kyrkogardsmuren
        kyrkogardsporten kyrkoherde kyrkoherden kyrkomuren kyrkomusiken kyrkor kyrkorna kyrkosangarne
        kyrkovardar kyrkplikt kyrkporten kyrksilvret kyrkspiran kyrktaket kyrktornet kyrktrappan kyrktuppen
        kyrkvallen kysk kyska kyss kyssa kyssande kyssar kyssarna kyssas kyssen kysser kysst kysste kysstes
        laang labyrint lack lackar lacker lackerhet lackerheter lackerheterna lackeringen lackkangornas
        lackra lada ladan ladc laddad lade lader laderartade laderband laderdynan laderfabrikor laderlappar
        laderlapparna laderpermar lades lading ladingsfriska ladugard ladugarden ladugardsformannen
        ladugardslandet ladugardspiga laffsor lafve laga lagad lagade lagan lagande lagar lagarna lagarne
        lagas lagat lagd lagda lage lagen lagenhet lagenheten lagenliga lagens lager lagerelden lagerheim
        laget lagg lagga laggande laggargamla laggen lagger lagges laggspelet laghet lagklackad lagklackade
        laglig lagliga lagligt lagman lagmannen lagmannens lago lagom lagor lagorna lagpara lagra lagrade
        lagrar lagrat lagre lagret lagsen lagskon lagsna lagsokningarna lagsta lagstiftare lagt lakan
        lakanen lakanet lakarblick lakare lakared lakaren lakarens lakarforeningen lakarna lakarpjosk
        lakarsallskapet lakarsallskapets lakas lakedom lakej lakemedel laker lakoniskt lakts lallade lama
        lamdet lamm lammet lammungar lamna lamnad lamnade lamnades lamnande lamnar lamnas lamnat lamnats
        lamningarna lamp lampa lampan lampar lampas lampetterna lampglaset lamplig lampliga lampligare
        lampligen lampligt lampor lamporna lampsken lampskenet lamt lana lanade lanar lanat land landa
        landbacken landborg landborgs lande landen lander landet landets landgangen landning lands
        landsandar landsbygden landsens landsforsamlingar landska landskap landskapet landskyrkornas
        landsmal landsorten landstalle landsvag landsvagen landtlig landvagen lanet lang langa langan
        langbyxor langc langd langden langdraget lange langesedan langesen langfingret langhalsdukar
        langholmen langlat langlig langor langrandiga langrandigt langre langresa langrock langs langsam
        langsamheten langsamma langsamt langsannt langsides langsint langst langsta langt langta langtade
        langtan langtancle langtande langtans langtansfull langtansfullt langtar langtat langtifran
        langtmindre langvaga langvaggen langvarig langvarigt lank lanstol lanstolen lantagaren lantbrukare
        lanternorna lanthushall lantlig lantliga lantligaste lantligt lantluft lantluften lantnoje
        lantsejuren lantstalle lantstallet lanttoser lapade lapp lappar lapparna lapparne lappen lappens
        lappja lappjade lappjar lappri lapprihandelse lapprihandelsen lara laraktig laran larare
        lararebefattning lararen lararens larares lararevardighet lararin lararinna lararinnan lararinnans
        lararinnegarning lararinnesemina lard larda larde lardom lardomar larer larft larftskramhandlare
        larftskramhandlaren larftskramhandlarens largossen larjungar larjunge larka larkor larkstaden
        larkvingar larm larmar larmet larna larnna laroanstalterna larofader laror larorummet larostriderna
        laroverk laroverksadjunkten lars larsdotter larses larsmesse larsmessefarden larsson lart larv
        larvtskramhandlarns lasa lasaren lasarens lasas laser lases laset lasets lasida laskar lasning
        lasningen laspa laspade lass lasset lassman lassmans last lastad lastade lastat lastdjur laste
        lasten laster lasterna lastes lastfulle lastning lata latande late latelse laten later latin latit
        lato latsa latsad latsade latsades latsande latsar latsas latsat latsats latt latta lattad lattade
        lattadt lattare lattast lattaste lattat lattbojliga latteligen lattfattligt latthant latthet
        lattingen lattjefull lattnad lattretliga lattrord lattsinne lattsinnig lattsinniga lattsinnighet
        lattsinnigheter lattsinnigt lattvindig laura laurentia lave lavoar lavoaren lavoarens laxa
        laxlasningen laxorna lazulit lbland ldalmandc leda ledamot ledande ledare ledas ledast ledband
        ledbandet ledd ledde leddes lede leder ledes ledig lediga ledighet ledigt ledmotivet ledning ledo
        leds ledsagade ledsagarinnans ledsage ledsam ledsamhet ledsamheter ledsamma ledsamt ledsen ledsna
        ledsnad ledsnade ledsnaden ledsnar ledsnat ledt ledtrad ledtraden leendc leende leenden leendet
        lefde lefnad lefnadsfrisk lefnadslust lefnadsomstandigheter lefnadssatt lefva lefvande lefvat lefve
        lefver lefvernet legat legenden legendens lejd lejon lejonet lejonhona leka lekamde lekamen
        lekamligen lekande lekar leken leker lekfullt lekhus lekkamrat lekman leks leksaken leksakerna
        lekstugan lekt lekte lektion lektionen lektioner lektionerna lektionsbordet lektionsdagarna lektor
        lektorn lemlastade lemmar lemmarna lemmarne lemmen lemna lemnad lemnade lemnadt lemnar lemnat
        lemningar lemningarne lena lenar lenare lenas lenaste lennarby lent leopold leran lerkrus leta
        letade letande letar letas letat lett letty leur leurs leva levamde levande levandes levas levat
        levde levdes levdl levelse lever leverera leverne levin levins levnad levnads levnadsfilosofi
        levnadsforhallanden levnadsfriska levnadsglad levnadsglade levnadssattet lewinson lexa lexan lexor
        lgol lgon liber liberalare liberale liberalt liberi licentiat licentiaten licka lickan lida lidande
        lidanden lidandes lidandet lidandets lidelse lidelsefull lidelsefullt lidelsen lidelsens lidelser
        liden lider liderlig liderliga lidit lidna lieder lien lifhanken liflig lifliga lifligt liflos
        liflosa liflost lifnarde lifs lifsblomma lifsfara lifsfulla lifsgnistan lifskraft lifslefvande
        lifstid lifstiden lifsuppgift lifva lifvad lifvade lifvar lifvas lifvet lifvets liga ligare lige
        ligen ligg ligga liggande ligger lighet ligheten lighetens lighetsfulla ligt lihsom liit lika
        likadan likadana likadant likafullt likar likartade likartat likasa likasom likaval like liken liket
        likgiltig likgiltiga likgiltigaste likgiltighet likgiltigheten likgiltigt likhet likheten liklukt
        likluktande likna liknade liknande liknar liknas liknelsen liknojd liknojdhet likor likprocessioner
        liksa liksanger liksom likt liktidigt liktydig liktydigt likval likvidera likviderade likviderande
        likvisst lilen liliamello lilian lilja liljan liljekonvalje liljekonvaljerna liljespon liljevret
        liljkonvalj liljor lill lilla lillan lille lilliehook limmeplagg lina linan lind lindad lindade
        lindansartruppen lindar lindarna lindat linde linden linderots lindfelt lindfelts lindgren lindgrens
        lindman lindra lindrade lindrat lindrig lindriga lindrigare lindrigast lindrigaste lindrigt lindring
        lindtradet linet linets linfro lingen lingon lingonris lingonriset lingult linje linjer linjerna
        linjespel link linkade linne linnea linneas linnel linneplagg linnes linnet linoleummattor
        linongsklanningen linsadet lintyget lionardos lipa lipade liqviden lisa lisan lisas lisma lismande
        lismar list listen lister listig listiga listige listigt lita litanior litar litat litct lite litea
        liten litet litograferad littat litterara litteratur litteraturen liua liudfeldt livad livande livct
        livee liver livet livets livforsakringspremien livgardist livkusk livlandska livlig livliga
        livligare livligaste livlige livlighet livligt livlos livmoderns livmodersprutor livnart livranta
        livre livs livsandar livsaskadning livsbejakaren livsfarligt livsfrot livsfrukt livsgladje livslust
        livsode livstid livstiden livstycke livstycken livstyckets livsuppgift ljettfor ljnset ljod ljodo
        ljud ljuda ljudande ljuder ljudet ljudit ljudlig ljudliga ljudlost ljuf ljuflig ljufligt ljuft
        ljufva ljufvare ljufvast ljufvaste ljuga ljuger ljugit ljum ljumhet ljumma ljumt ljung ljungade
        ljungande ljungkvist ljus ljusa ljusare ljusastaken ljusaste ljusbiten ljusbla ljusblatt ljusbrun
        ljusen ljusens ljuset ljusets ljusflackar ljusflackarna ljusgra ljusgron ljusgul ljushariga ljushav
        ljusknekt ljuskretsen ljuslagan ljuslett ljusmelodi ljusna ljusnade ljusnande ljusnar ljusning
        ljusrandig ljusringar ljussken ljusskenet ljusskyltar ljusskymt ljusstakar ljusstoperskan
        ljusstrimma ljust ljuv ljuva ljuvaste ljuvlig ljuvliga ljuvligaste ljuvligt ljuvt lkar llans ller
        lletty llng lloll llolmstrom llon llsa lnte loade locka lockade lockades lockan lockande lockar
        lockarna lockat lockbete lockbetet lockelser locket lockiga lockigt loda lodbossa loddret loflig
        lofliga lofligheten lofligt loft lofte loften loftet loftets lofva lofvade lofvar lofvat loge logen
        logeraden loggboken logik logis logiska logiskt logn lognen lognens logner lognhals logo lohengrin
        loja loje lojeblandade lojen lojet lojlig lojliga lojligaste lojliget lojlighet lojligheter lojligt
        lojtnant lojtnanten lojtnantens lojtnantets lojtnantsfru lojtnantskotteri lokal lokalen loken
        lokomotivet lokskivor lombardbrucke lomska lomskt lona lonade lonar lonen lonn lonnarna lonnars
        lonnblad lonndom lonnlada lonnladan lonnligaste lonte lopa loparen lopeldsgirland loper lopp loppet
        lopt lopte lordag lordagen lordagsafton lordagsaftonens lordagsaftonstonfall lordagskvall
        lordagskvallarna lorens lorette lorgnetten lorgnetterande lorgnettkedja lorraine losa losaktiga
        losas losegendom losen losens losensord loser losgjorde losning losningar losningen losoreboet
        losrycka losryckt losryckta loss lossade lossades lossnade lossnat lossning lost loste lotsligt lott
        lottade lotten lotter lotteri lotteripals lotterna louise lova lovade lovande lovar lovat lovdungen
        loven lovens lovera loverar loverat lovliga lovligt lovmassor lovning lovprisade lovruskor lovsang
        lovsanger lovskog lovskogen lovsprangsdova lovverk lovverket lowarda lowenstrom lowenstroms lsamt
        lsen lstad lucidor lucie lucies lucka luckan luckorna luden ludna luffare lufsandc luft luftdraget
        luften luftens luftig luftiga luftigaste luftslott luftstrom lugg luggslitenhet luggslitna lugn
        lugna lugnad lugnade lugnande lugnar lugnare lugnaste lugnat lugnet lugnt lukt lukta luktade luktar
        luktarter lukten lullade lummiga lummigt lump lumpen lumpet lumpne lumpsamlare luna lunch
        lunchbordet lunchen lund lundar lundarnas lunetter lunginflamma lungor lungorna lunkade lunkentus
        luntan luntor lura lurad lurade lurande lurar lurat luren lurendrejarn lurendrejarne lurendrejarnes
        lurendrejas lurendrejeri lurendrejeribeslag lurendrejerierna lurendrejeriet lurfviga luri lurviga
        luschi luschie lusen luska lust lustar lusteld lusten lustfard lustfarder lustfyllda lustgard
        lustgarden lustig lustiga lustigaste lustigt lusttag lustturen lustvandra luta lutad lutade lutande
        lutans lutar lutat luteransk luther luthers luven lvcka lycka lyckades lyckadt lyckan lyckans lyckas
        lyckats lycklig lyckliga lyckligare lyckligast lyckligaste lycklige lyckliggora lyckligheten
        lyckligt lyckligtvis lyckodagar lyckodrankta lyckodrom lyckokansla lyckonska lyckonskar
        lyckonskningar lyckonskningarna lyckonskningstal lyckopannkakan lyckoropen lycksalig lycksaliga
        lycksalige lycksalighet lycksalighetens lycksalla lyckt lyda lydde lyder lydig lydiga lydigt lydnad
        lyeker lyft lyfta lyftad lyftade lyftades lyftande lyftas lyfte lyften lyfter lyftes lyholmarne
        lykta lyktan lyktar lyktor lyktorna lyktornas lyktstolpe lyktstolpen lykttandare lykttandaren lymmel
        lymmeln lyngden lynne lynnen lynnet lyra lysa lysande lysas lyser lysning lyss lyssna lyssnade
        lyssnande lyssnar lyssnat lyssnen lyst lyste lysten lyster lysterklanning lystes lystna lystnad
        lystrade lyte lytt lytton lyxartikel lyxsaker mablerna macson madame madamens madamerna madde
        madeirabuteljen madeleine madeleines mademoiselle maderia madonna madonnaliljan madonnan madonnor
        madras maende mafa magar magasin magasinet magda magdalena magdas mage magen mager magert magister
        magistern magisterns magnet magnetisktinfernaliskt magnifika magnifikt magra magrare magrat mags
        magt magtade magten magtig magtigt magtpaliggande mahanda mahogny mahognysekretaren
        mahognyspelbordet mahognystolar maintenon majestat majestatet majestats majrock majsen majstangen
        majstanger maka makade makan makarna makas make maken makens makes makligt makt makta maktar makten
        makter maktig maktiga maktigare maktigt maktlos maktlosa maktloshet maktpalig maktpaliggande mala
        malad malade malande malar malarakademiens malarbaten malare malareexpositionen malaren malarens
        malarfargen malarmastare malas malat malaten malatet malda malde malen malena malet malla mallas
        mallos malm malmiskornas malms malmskillnadsgatan malmtorgsgatan malning mals maltid maltiden
        maltiderna maltidstimmen mamma mammas mammor mamsell mamsellerna mamsells mamsen manad manade
        manaden manader manaderna manadernas manaders manads manande manar manat manbristning mandag
        mandagen mandarin mandc mande mandelblommor mandell manderskiold manderstrom mane manen maner
        maneret manga mangahanda mangarig mangariga mangarigt mangd mangden mangdubbelt mangelskan mangen
        manget mangfald mangfaldiga mangfaldigt mangfargat manggifte manghundraarig manglarna manglittermjol
        manglitterskrud mangtydigt manhaftigt maningsord manklara manlig manliga manligt manljus manljuset
        mann mannaalder mannaalderns mannaaren manne mannen mannens manner mannerna manniska manniskan
        manniskans manniskas mannisko manniskobarnens manniskofiskare manniskofruktan manniskokannedom
        manniskokarlek manniskoliv manniskomaterial manniskopsykologi manniskor manniskoratt manniskorna
        manniskornas manniskors manniskoskygghet manniskoslaktet manniskosonen manniskosort manniskovan
        manniskovilja manniskovimlet manover manovrerade mans manschetter manshog manska mansken manskenet
        manskensfantast manskensnatt manskensnatten manskensnatter mansklig manskliga manskligheten
        mansklighetens manskligt manskor manskymning mansperson manssidan manstralarna manstrale mantel
        mantlar mantro manuskriptet manzanilla mara maran mardrom maren marg margfull margit margits margot
        maria marias marie mariebo mariestad mariga mark marka markbar markbara markbarare markbart marke
        markeh markel markels marken markena markens marker markerade markerat markerna market marklig
        markliga markligare markligheter markligt marknad marknaden marknadsvimlet markt markte marktes
        markvardig markvardiga markvardigheter markvardigt marmor marmorbordet marmorerade marmorn marmorvit
        marna marocko marscbtakt marsch marschen marskalk marstrand marstrandsfarden marstrandsresan
        marsvind martas marten martens marterade martin martyr masar mask masken masker maskerad maskerader
        maskeras maskers maskiner maskineriet maskinerna maskor masle mass massa massade massage massar
        masserade massing massiva massor massorna mast mastare mastaren mastarn mastc maste masten master
        mastermansyxan masterna masterstycke mastodonter mastrade masurbjork mata matar matas matbit
        matbordet matdagar matdagarna matdags matematiker matematikerns matematiklararen matematiktimmarna
        maten mater material materiella matfebern matfriske mathamtaren matilda matildas matkorgar
        matlagning matlust matmodern matmodrars matmor matmors matos matoset matrona matronan matronor
        matros matroser mats matsack matsacken matsal matsaled matsalen matsalskypare matsedeln
        matsmaltningsprocessen matt matta mattad mattan mattar mattare mattas matte mattet mattfullt
        mattighet mattimmen mattinan mattligt matto matvaror maupassants mcdan mcnade medaljong medaljongen
        medan medborgare medbroder medbrottslingen meddela meddelade meddelades meddelande meddelar meddelat
        medel medelalder medelalders medelbar medelklassfru medelmattan medelmattigt medelproportionalen
        medelvag medelvagen meden medfodd medfodda medfog medfolja medfoljande medfoljt medfor medfora
        medforde medfort medfott medgaf medgafvo medgangen medgav medge medger medgifver medgifvit medgiva
        medgives medgorlig medgorlighet medgorligt medhava medhjalpare medicin medicine medicinerar
        medicinsk medikamentskap medkansla medkanslan medlande medlarekall medlem medlen medlet medlidande
        medlidsam medlidsamt medmenniska medmenniskor medomkan medryckt medsystrar medtaga medtagande
        medtagit medtog medtoge medverkan medvetande medvetandet medveten medvetenhet medvetet medvetna
        medvetslos medvetslost mejade mejramsknipporna mejsel mekanik mekanisk mekaniskt mekanismen melan
        melankoli melankolisk melankoliska melankoliskt mellan mellanlagg mellanlandskt mellanrum
        mellanrummet mellantid mellantiden mellantider mellberg meller mellersta mellin mellinska melodi
        melodien melodier melodin melodiskt melssangen melusina mena menad menade menades menadt menageri
        menande menar menat menbarasvagtmotstandgjordc menera menighet menigheten mening meningar meningarna
        meningen meningslosa meningslost meningsutbytet menliga menloshet menlost menniska menniskan
        menniskas menniskoalskande menniskoben menniskohjertat menniskolifs menniskor menniskorna
        menniskornas menniskors menniskosnillets menniskostoftets menniskovanliga mensklig menskliga
        mensklighetens menskor ment mente mentors mentsbestridanden menyn mera merendels meritforteckning
        meritlistan mertens mest mesta meta metade metall metallens metallisk metallklangen metar meter
        metoden metref metrefvar metshatt metslent metspoet metspon mevo middag middagar middagarna middagen
        middags middagsbjudning middagsbordet middagscigarr middagslur middagsluren middagsmaltid
        middagssallskap middagsskymningen middagssomn middagstid middagstiden middagstimmen middagstimmens
        midja midjan midjorna midnatt midnattsmassa midnattssolens midsommar midsommarbal midsommarblomstret
        midsommarhelgen midsommarlek midsommarnatt midsommarnattens midsommarstang midsommartiden midt
        midtemot midten miga migl mikael mild milda mildare mildaste milde mildhet mildrade mildrades mildt
        milens militar militaren militarer militarerna miljardism miljo miljon million millioner millionstad
        milme mils milstolpe milt mimik mina minde minderariga mindes mindre minen miner miniatyr miniatyrer
        minimala minnas minnc minne minnelse minnen minnens minnes minnesbeta minnesbetan minnesslo minnet
        minns minnsann mins minsann minska minskades minskar minskning minst minsta minut minuten minuter
        minuterna minuters misar miserablaste miss missat missbelaten missbildat missbilliga missbruka
        missbrukade missbrukar missbrukas missfall missforhallande missforsta missforstand missforstod
        missfoster missfostret missgrepp misshag misshagade misshagar misshandel missionar missioncn
        missionsskolan missionsskolans missionsverksamhet misskanna misskanner misskant misskladde misskladt
        misskotta missleddes missljud misslyckad misslyckade misslyckades misslyckande misslyckas misslynt
        misslynthet missmodig missnojd missnojda missnoje missnojets missode missoden missodet missrakning
        missrakningar misstag misstaga misstager misstaget misstagit misstanka misstankar misstanke
        misstanken misstanker misstanksam misstanksamhet misstanksamt misstankt misstankta misstankte
        misstar misstog misstolkas misstro misstrodde misstroende misstrogen misstyck misstycka misstycker
        misstyd misstyda misstydas misstydde misstyder missunna mist mista mistad mistat miste mister mitt
        mittbenat mittelgangen mittemellan mittemot mitten mittpa mittpunkt mittunder mivit mixtur mjalla
        mjaltsjuk mjaltsjuka mjella mjeltsjuk mjeltsjuka mjod mjol mjolade mjoldustet mjolig mjoligt mjolk
        mjolkade mjolkaret mjolkbyttor mjolken mjolkmagasinet mjolkmuggen mjolkvallingen mjolnarn mjolnarne
        mjolsackar mjolsiktningen mjolskappan mjoltunnan mjugg mjuk mjuka mjukare mjukaste mjukhet mjukt
        mldrade mlskan mngen mobel mobeln mobeloverdrag moblemang moblemanget mobler moblerade moblerar
        moblerat mobleringen moblerna moda modan modarna modd modehandlerskor modell modellerade moder
        moderat moderlig moderliga moderligt moderlos moderlosa moderlose modern moderna moderniserad
        moderns modernt moders modersbarm modersbrost modersbrostet modershjartat modershjerta moderskapets
        modesta modet modfald modfalld modig modiga modigare modigt modloshet modlost modor modosamt modrar
        mods modstulenhet modulerade modus mogen moget mogma mogna mognade mognadt mognar mognare mognat
        mohikanen mojliga mojligast mojligaste mojligen mojlighet mojligheten mojligheter mojligt mojligtvis
        mojllgt mokat molande molat moll moln molnen molnet molnkransen molnmassorna molnskockarna moltke
        monarda monark monda mondana monsieur monster monstrade monstrande monstret monstring monte
        montmartre mora moral moralen moralens moraler moraliska moraliskt moralitet morare morb morbror
        morbrors morbultade mord morda mordande mordar mordare mordarekula mordaren mordares mordarn
        mordarne mordet mordiska mordnatten mordredskap morell mores morfar morforaldrar morforaldrarnas
        morgnar morgnarna morgnarne morgon morgonarbete morgoncn morgondagen morgondagens morgondaggen
        morgonen morgonens morgonglada morgongratt morgongryningen morgonhimlen morgonkaffe morgonpromenad
        morgonpromenader morgonritt morgonritter morgonrock morgonrocken morgonsolen morgonstjerna
        morgonstund morgonstunder morgonvandringen morgonvatten morior mork morka morkare morkaste morkbla
        morkblaglansande morkbruna morkbrunt morke morker morkgra morkgron morkharig morklagd morkna
        morknade morknande morknar morknat morkningen morkrer morkret morkrod morkroda morksamt morksens
        morkt mormor mormors morna morrade morrande morrning mors morse morskt mortel mosaik mosiga mosin
        moss mossa mossan mossen moster mosters mostrar mota motande motarbeta motarbetade motarbetas motas
        motbjudande mote moten motena moter motes motesplats motesplatsen motet motgangar motgangen motgift
        motiv motiverat motor motorernas motorn mots motsade motsades motsaga motsagelse motsagelsen
        motsagelser motsagt motsats motsatsen motsatser motsatt motsatta motspanstighet motsta motstand
        motstandet motstod motstrafvighet motstraviga motstravige motstravighet motstravigt motsvara mott
        mottag mottaga mottagande mottagandet mottagas mottagen mottager mottagit mottagna mottagning
        mottagningen mottagningsrum mottagningsrummet mottagningstiden mottagningstidens mottagningstimmen
        motte mottes mottog mottogo mottogs motts motvilja motvillighet motvilligt mozart muffen mulen mulet
        mull mullen mullig mullrar mulna mulnade mumielika mumla mumlade mumlande mumlar mumlat mumlet mumm
        mums mumsa mumsade mumsande mumsat mund mungipor mungiporna munken munklegend munnar munnarna munnen
        munsbit munstycken munter munterhet muntert muntlig muntligen muntligt muntra muntrande muntrare
        muntraste muntre munvadren munvig murar murarna murbruket muren murken murket murklor murklorna
        murkna murre murvel murvlar murvlarna musa museer museet musen musik musikalisk musikaliske
        musikanter musiken musikens musiker musiknummer muskel muskelspelet muskelstarka musklerna
        muskotskott muskulatur muskulos muslinsgardinen musslinsduken must mustasch mustascher musten mustig
        mustiga muta muttrade muttrande myckct mycke mycken myckenhet mycket myckna myeket mygg myggan
        myggen myggor myggorna myling mylingarna mylla myllrande myllrar myndig myndiga myndigare myndighet
        myndigheters myndighets myndling mynnat mynt myra myran myrarna myren myriader myror myrstack
        myrstackarna myrten myrtentrad mysande myst myste mysterer mysterium mystifikation mystifikationer
        mystik mystisk mystiska mystiskt myten nabb nabbar nabben nabbig nabbiga nackblad nacke nacken
        nackens nackstyf nadde naddes nade nadelon naden nadenes nadens nader nadesmulor nadetiden nadig
        nadiga nadige nadigt naekros nafsade nafsar nafsat nagel nageln naggade naggande naglande naglar
        naglarna naglarne nagml nago nagon nagondera nagons nagonsin nagonstades nagonstans nagonting
        nagorlunda nagorstades nagot nagotdera nagra naidge naiv naiva naivt naken nakenhet naket nakna
        nakterhuset nalar nalen nalkades nalkas namde namlande namligen namn namna namnas namnd namnda
        namnde namndemanslika namnen namner namnet namnlos namnlost namnsdag namnsdagar namnt namnteckningar
        namnvard namt nande nandes nankinsbyxor nanna nannas nans nansin napoleon napoleons napoleonsbild
        napp nappa nappte napst nara narande narapa narbelaget narciss narcissism nard narda narde narganget
        narhet narheten naring naringsamnet naringsgrenar narke narkosmasken narma narmade narmande narmar
        narmare narmast narmaste narmat narmn narmre narna narnnda narr narra narrade narrades narraktiga
        narraktigheterna narrar narras narrat narrats narren narri narrklocka narsynt narsynta nart
        narvarande narvarandes narvaro narvaron nasa nasaltoner nasan nasbenet nasborrar nasborrarna nasduk
        nasdukar nasdukarna nasduken nasdukssnibben nasor nasparla nast nasta nastan naste nastena
        nastfoljande nastipp nastkommande nastnn nasvis nasvisa nasvisare nasvise nasvishet nasvist
        natarligtvis natet natets nathinnor nationaleko nationers nations natorligtvis natt natta nattaste
        nattbla nattcll nattdaggen nattdrakt nattduksbord nattduksbordet natten nattens natter natterna
        natters nattetid nattfjaril nattfjariln nattglim natthamtning nattkappor nattlig nattliga nattligt
        nattlinne nattlinnet nattluften nattmossan nattrock nattrockar nattrocken nattrocksfickan
        nattrocksfragmenterna nattroja natts nattskjorta nattskymningen nattstuga nattsvirare nattvak
        nattvakt nattvandrerska nattvarden nattvardens nattvardsbaciller nattvardsfragan nattvardsgang
        nattvardsgast nattvardskalk nattvardskapslar nattvardsvinet nattvind nattvinden natur naturbarnet
        naturbehov naturen naturens naturer naturgafvor naturkrafter naturkunnighet naturl naturlig
        naturliga naturligt naturligtns naturligtvis naturskonhet naval navar navarra nave navel naveln
        navelstrang naven navigation navigationen nazir ndade ndgon necken neckens neckros neckrosor nedan
        nedanfor nedanom nedanstaende nedat nedbojd nedbojda nedbojde nedbojt nedborrade neddalat neddignade
        neddragen neddragna nederlag nedersta nedfalda nedfallen nedfallna nedfoll nedfollo nedfor nedgaende
        nedgang nedgar nedgick nedgravd nedhalade nedhang nedhukad nedifran nedkommen nedlade nedlagga
        nedlagt nedlata nedlatande nedlatenhet nedlor nedlutad nedmyllades nedom nedpackning nedra
        nedramlade nedre nedriga nedrigt nedring nedsankt nedsatt nedsattande nedsjonk nedsjunka nedsjunken
        nedsjunket nedsjunkit nedskjuten nedskrifvit nedslaende nedslagen nedslagenhet nedslagna nedslungad
        nedsmutsa nedstamd nedstamdhet nedstammer nedstankt nedstuckna nedtill nedtog nedtryckt nedtryckta
        nedtrycktas nedtryckte nedtyngd nedtystad nedvand nedvandt nedvant nedviken neger negerhar
        negertroll negligeer negress negresser nehej nejd nejden nejlika nejlikdoft nejlikor neka nekade
        nekande nekar nekas nekat nelly nemligen nere nereus nerfalld nerifran nerligt nersolade nersolkade
        nersuttet nertagna nerver nervlos nervos nervosa nervost nervsjuka nervtradar nervvark neta netas
        netty niais niaiserie nicander nick nicka nickade nickande nickar nickningar nietzsche nigande niger
        nigit nigning nikotin nils nimma nimmelse ning ningar ningarna ningen ningskjol ningsrum ninkande
        nionde nipper nish niska niskor niskorna nisse nitet nitisk nitiske nitton nittonariga nittonde njot
        njoto njuratalg njut njuta njutande njuter njutit njutning njutningen njutningens njutningsfullt
        nlan nnan nnelankoliskt nninnen noak nobel nobelt nobla noblaste nobless nocturne nodd noden nodens
        nodfall nodgade nodgades nodgas nodgats nodiga nodigt nodrop nodsakad nodstallds nodtorftigt
        nodtvang nodvandig nodvandiga nodvandigare nodvandigaste nodvandighet nodvandigheten nodvandighetens
        nodvandighetsartiklar nodvandigt nodvarn noga noggrann noggranna noggrannhet noggrant nograknad
        nograknade noja nojd nojda nojde noje nojelse nojen nojena nojer nojes nojet nojs nojsam nolla nomi
        nonchalant nonsens nordan nordenflycht nordens nordiska nordosten nordstjarnan nordstjarneriddare
        nordvast nordvastans nordvest norge normala norman normans normant norr norrbacka
        norrbackalackerheterna norrbro norrkoping norrland norrlandska norrmalmstorg norrmannen norrstrom
        norrtull norskt nosade nosande nosar nosen noster nota notabiliteternas notarie notarien notariens
        notarieus notatien noter notificerande notis notisen notiser notkarna notning notoriska notre notta
        notter nous noveller novellforfattare november novemberdag nste ntotte ntya nuet nufortiden nuft
        nuftet numera nummer nummerplat nurna nutid nuvarande nvts nyans nyanser nyare nyaret nyarsafton
        nyarsny nyaste nyck nyckel nyckelhal nyckelhalet nyckeln nycken nycker nyckfull nyckfulla nydukade
        nyfallen nyfargat nyfiken nyfikenhet nyfikenheten nyfiket nyfikna nyfodd nyfodda nyfoddas
        nyforlovade nyfott nyfralsta nygatan nygifta nyhet nyheten nyhetens nyheter nykomling nykommen
        nykomna nykomnas nykter nykterhetskalv nykterhetsskrifter nyktert nyktigam nyktra nyktre nyligen
        nymf nymfens nymodiga nynna nynnande nyomvanda nypa nyper nypon nysilverbricka nyskurade nyskurat
        nyss nystadat nystade nystan nystarkt nystfot nystrukna nytanda nytra nytt nytta nyttan nyttfodd
        nyttig nyttiga nyttigare nyttigt nyttja nyttjade nyttjande nyttjas nyvackta nyvunna oafbrutet
        oafgjordt oakta oaktadt oaktat oanade oand oandlig oandliga oandlighet oandligt oangripet oansenliga
        oanstandiga oanstandigt oartig oartikuleradt oartikulerat oaterkalleliga oaterkalleligen oatkomlig
        oavbruten oavbrutet oavbrutna oaven oavlatligen oavundade oavvant obandiga obarmhartigt obduktion
        obebyggda obegransade obegriplig obegripliga obegripligt obehag obehaget obehaglig obehagliga
        obehagligare obehagligt obehindradt obehorig obehoriga obehovliga obekant obekanta obekantskapen
        obekvama obekymrade obekymrat obelevad obemarkt obenagen obenagenhet oberaknade oberaknadt oberaknat
        oberaknelig oberakneligt oberaknerliga oberedd oberoende oberord oberorda oberordhet oberort obesatt
        obeskedligt obeskriflig obeskrifliga obeskrifligt obeskrivlig obeskrivliga obeskrivligt obeslutsam
        obeslutsamme obestamd obestamda obestamt obestand obestridliga obesvarade obesvarat obetanksam
        obetanksamhet obetanksamme obetanksamt obetingat obetydlig obetydliga obetydligare obetydligaste
        obetydlige obetydlighet obetydligt obeveklig obildad obildade obillig obilliga obilligt oblandad
        oblandadt obligeant obligera oblyg oblyga oblygare oblyghet oblygt obojliga obotlig obotligt
        obrottslig obrukbart observationer observera observerade observerades observerat obytt occh ocfi
        ockra ocksa ocksi odas odda odeciderad odelad oden oderton odesbestamda odesbestamt odesdigert
        odeshemman odeshemmanet odet odets odipus odjur odjuren odjuret odjurs odla odlade odlarns odmjaka
        odmjuk odmjuka odmjukas odmjukast odmjukaste odmjukat odmjukhet odmjukt ododlig ododliga ododlighet
        ododligt odrag odraglig odragliga odraglige odragligt odsla odslig odsliga odsligare odslighet
        odslighetens odsligt odugliga odugligt odygd odygdigt oeftertanksamma oegentligen oeldadt
        oemotstandlig oemotstandligt oenothera oerfaren oerfarna oerhord oerhorda oerhordt oerhort
        oersattliga ofantlig ofantliga ofantligt ofarlig ofattbara ofelbara ofelbart offentliga
        offentligheten offentligt offer offerdag officer officerare officershem officianten offra offrade
        offrat ofodda ofoddas ofog oforargliga oforberett ofordelaktiga ofordelaktigt oforenliga
        oforfalskade oforfalskat oforfarat oforgiftade oforgripliga oforhappandes oforklarligt oforlatliga
        oformaga oformarkt oforminskad oformlig oformliga oformodade oformodadt oformodat oforsigtighet
        oforsiktighet oforsiktigt oforskamd oforskamda oforskamdaste oforskamdt oforskamt oforskrackt
        oforsonade oforsorjda oforstaende oforstald oforstand oforstandiga oforsvarligt oforsynt oforsynta
        oforsyntheten ofortofvadt ofortrutet ofortrutna oforutsedd oforvagen oforvagenhet oforvagna
        oforvitlig oforytterlig ofrid ofriga ofrigt ofrivillig ofrivilligt ofruktbar ofruktbara ofta oftare
        oftast ofullstandigt ofvade ofvadt ofvan ofvanstaende ofvat ofver ofverallt ofverandakastar
        ofverbrytande ofverdadig ofverdadiga ofverdrag ofverdrifven ofverdrifvet ofverdrogs ofverduktig
        ofverenskommit ofverensstamde ofverensstammande ofverensstammelse ofverflodiga ofverflodigt
        ofverflyttade ofvergaf ofvergafvo ofvergar ofvergatt ofverge ofvergifna ofvergifnas ofvergifva
        ofvergifven ofvergifver ofverhalning ofverhangande ofverhufvud ofverlade ofverlagga ofverlaggning
        ofverlaggningar ofverlagsenhet ofverlagt ofverlastad ofverlat ofverlatande ofverlefva ofverlefvat
        ofverlemna ofverlemnade ofverlemnar ofverlemnas ofverlyckliga ofverman ofvermattan ofvermod
        ofvermorgon ofverraknat ofverraska ofverraskad ofverraskade ofverraskades ofverraskat ofverraskning
        ofverraskningen ofversittare ofverslogo ofversta ofverstanden ofverstandna ofversteg ofvertaga
        ofvertala ofvertalat ofvertankt ofvertankte ofvertyga ofvertygad ofvertygade ofvertygande ofvertygar
        ofvertygas ofvertygat ofvertygelse ofvertygelsen ofvervag ofvervagande ofvervann ofvervinna
        ofvervunnen ogarna ogat ogats ogenerad ogenerat ogerna ogerning ogift ogifta ogillade ogillande
        ogjorda ogmlell ogna ognade ogon ogona ogonblick ogonblicken ogonblicket ogonblickets ogonblickliga
        ogonblickligen ogonblickligt ogonblicks ogonbryn ogonbrynen ogonbrynens ogonbryrl ogoncn ogonem
        ogonen ogonens ogonfagnad ogonfransar ogonhalorna ogonhar ogonharen ogonkast ogonkastet ogonlock
        ogonlocken ogonmick ogonmyster ogonsigte ogonsikte ogonskenligen ogonspringor ogonsten ogonsvarta
        ogonvatten ogonvitor ogorligt ogracios ogrannlaga ograset ogrundad ogudaktigt ogunst ogunstigt ohan
        ohejdad ohejdade ohejdadt ohelig ohjalplig ohjalpliga ohjalpligt ohjelplige ohjelpligen ohlea
        ohofviskt oholjt ohorbar ohorbart ohovlig ohovligt ohygglig ohyggliga ohyggligt ohyra ohyvlade
        oigenkanliga oinskrankt oinskrankta oiruktbar ojamforligt ojamna ojamnt ojan ojemna okad okade
        okades okand okanda okande okanslig okant okar oken okentorrt oklart oknamn oknarna oknen oknens
        okniga oknytt okonstlade okopandes okroppsliga okroppsligt oktober oktoberskymningen okultiverad
        okunnig okunniga okunnighet okuvlig okynne okynnig okynniga okyska okyskhetens olagenheter olagligt
        olaten olatet oldsmobile olet olidlig olidliga olidligaste olidligt olik olika olikfargade olikt
        oliver olivgul olivlund olja oljat oljefarg oljeklader oljelampan oljelampor oljelamporna
        oljelampornas oljud olle olmstroms oloflig ologiskt olosligt olost olosta olostskalen olovliga
        olssons olsupa oltunnor olust olustig olustkanslor olyck olycka olyckan olyckas olycklig olyckliga
        olyckligare olycklige olyckligt olyckligtvis olyckor olyckorna olycks olycksaliga olycksaningar
        olycksbadande olycksdagen olyckshandelsen olyckshandelser olyckshandelserna olycksode olycksskracken
        olydig olydnad olympiska olyska omaka omaket omanligt omanskligt omarklig omarkligen omarkligt
        omatliga omatligt omattliga ombedd ombilda ombord ombre ombunden ombyta ombyte ombytes ombytte
        omdome omedelbar omedelbart omedgorlig omedgorligaste omedveten omedvetet omedvetna omelett omen
        omfamna omfamnande omfamningar omfang omfanget omfara omfatta omfattas omflutet omformala omgaf
        omgang omgav omgavo omgifning omgifnings omgift omgifven omgivande omgiven omgivet omgivning
        omgivningarna omgjorda omgjordad omgjort omhagnad omhangen omhet omhjartade omigen omild omildt
        omisskanlig omisskanliga omisskanligaste omisskanligt omisskanneligt omisskannligt omisstanksamma
        omisstanksamme omkade omkande omkilig omkladd omkladseln omkladt omklig omkliga omkligt omknutet
        omkomma omkommit omkrets omkrh omkring omkringstrodda omkriug omkull omlaggning omle omlindat omlopp
        omma ommade ommande ommare ommaste omme ommoblerad omnamda omnamna omnamnandet omnamnda omnamnde
        omnamndes omnibus omnibusarna omnibusarnas omodern omojlig omojliga omojligare omojligaste omojligen
        omojlighet omojligheten omojligt omoralisk omotiverade omotiverat omrade omraden omradet omringa
        omsade omsagande omse omsesidig omsesidiga omsesidigt omsider omsinta omskrivningar omslag
        omslingrad omslot omslutna omsom omsorg omsorgen omsorger omsorgsfulla omsorgsfullt omspande omstan
        omstandighet omstandigheten omstandigheter omstandigheterna omstorta omstortningen omstuvning
        omsvarmad omsvavade omsvep omsvepa omsvepande omtala omtalade omtalar omtalas omtalig omtaliga
        omtalta omtanke omtanksamhet omtanksamma omtuggade omtumlad omtvistade omtyckt omtyckta omutlig
        omvag omvagar omvanda omvande omvandelse omvandt omvardnad omvarvas omvarvd omvaxling onadigt
        onamnbart onaturlig onaturliga onaturligt onda onde ondo ondska ondskefull ondskefulla ondskefullt
        ondt onekligen onkel onkels onodig onodiga onodigt onodigtvis onsdag onsdagen onsdagsafton onska
        onskade onskan onskar onskat onskligt onskningar onskningarna onskningars onskvard onskvardt
        onskvart onus onytta onyttig oofverlagda oofvervinnelig oofvervinneliga oombedd oora oord oordnade
        oordnat oordning ooverskadliga oovervinneliga oovervinneligt opaler oparaknad oparaknade oparaknat
        opassamde opassande opasslighet opatalt opel opera operabalett operan operation operera opereras
        operor opinionen oppen oppenhet oppenhjartig oppenhjartigt oppenhjertig oppet opplimens oppna oppnad
        oppnade oppnades oppnar oppnas oppnat oppnats oppnen oppningar oppningen oprofvadt orad oradet
        orakad orakel orakneliga orangeriet orangutang orat oratt orattvis orattvisa orattvisan orattvist
        orcn ordagrant ordalag ordat ordbyte orden ordens ordensband ordentlig ordentliga ordentlighet
        ordentligt order ordet ordets ordflode ordforanden ordinar ordinarier ordinarierna ordination
        ordlekarna ordna ordnad ordnade ordnande ordnar ordnat ordning ordningen ordrikhet ords ordsprak
        ordspraket ordspraksvisdom ordstrom oreda oredan oredig orediga oredighet oredigt oregelbunden
        oregelbundenhet oregrund oren orena orenhet orenhets orenlighet orenom orerade oresonhga oresonlig
        oresund orfilar organ organiserade organiskt organist orgel orgelhus orgelmusik orgelmusiken orgeln
        orgelns orgelo orgelomsusade orglar orgorna orgverk orhinnor orienterad original originalspraket
        originalutgavan originell oriktigt orimlig orimlighet orimligheter orimligt orka orkade orkan
        orkanen orkanerna orkar orkat orkestern orkesterns orkide orkideer orklarligt orklos orlofssedel
        orlov orlovssedel ormaga ormar ormdrommar ormen ormligt ormskinn ormstandighet ormstandigheter ornar
        ornens ornungen oroa oroad oroade oroades oroande oroar oroas oroat oroats orolig oroliga oroligare
        orolige oroligt oron oronen orons oror orord ororda ororlig ororliga ororligt orrspel orsak orsakade
        orsaken orsaker orsakskedjan orsnibbarna ortagard orten orter orternas ortodox ortstidning orubbad
        orubbat orubbliga orubbligt orvitlig oryggliga osakerhet osakert osakra osalig osaligt osams
        osanning osanningar osanningen osannolik osborn osedd osedda osedligheten oskadlig oskadliga oskalad
        oskattbara oskicklig oskiljaktiga oskont oskrivna oskuld oskulds oskyldig oskyldiga oskyldighetens
        oskyldigt osmakliga osnygghet ospard ospatt osregn osregna ostan ostanvinden oste oster ostergotland
        osterlandet ostermalm osterrike ostersjon ostersjoprovinsernas ostindiska ostkupa ostligt ostord
        ostorda ostort ostra ostron osttransporten ostyrig ostyriga ostyrige osund osunda osvald osvikligt
        osviva osympatiskt osyn osynlig osynliga otack otacka otackad otackaste otackheter otacksam
        otacksammaste otacksamme otacksamt otackt otaheiti otalig otaliga otaligare otalige otalighet
        otaligt otalt otanes otankbara otankbart otid otillborliga otillborligt otillfreds otillfredsstalld
        otillfredsstallda otillfredsstallt otillganglig otillgangliga otillgangligt otillracklig
        otillrackligt otillstandiga otjanliga otjenst otjensten otorstig otorstlg otrevlig otrevligaste
        otrevligt otro otrogcn otrogen otrogna otrogne otrohet otrolig otroliga otroligt otthard ottomanen
        otukten otuktiga otur oturen otvifvelaktigt otvivelaktigt otvungenhet otydbara otydlig otydliga
        otydligt otyg otyget otyglad otympligt oumbarligaste oundganglig oundgangliga oundgangligaste
        oundvikliga oundvikligt oupphorligen oupphorligt oupptaget outgrundlig outgrundligt outhardlig
        outhardliga outhardligt outplanligt outrannsakligt outredda outrotliga outsaglig outsagliga
        outsagligt outslacklig outslackligt outtrottlig outtrottliga outvecklad ovad ovade ovader
        ovaderspiskade ovadrets oval ovala ovalkomna ovalkomne ovan ovana ovanan ovanfor ovanlig ovanliga
        ovanlighetens ovanligt ovannamnda ovanner ovanpa ovansklig ovant ovantad ovantade ovantat ovar
        ovaraktig ovarderlig ovardig ovardige ovardigt ovarsam ovarsamt ovasentligheter ovasentligt ovat
        ovcr over overallt overandakastad overandakastade overbefolkades overbevisa overbevisar overblivna
        overbryggad overdadig overdadigt overdrag overdraget overdriven overdriver overdrivet overdrivna
        overdrogs overens overenskommelse overenskommelsen overenskommet overenskommit overensstamde
        overensstamma overensstammande overensstammelse overensstammer overfallit overfarten overfarter
        overflod overflodande overflodig overflodiga overflodigt overflyglad overfolls overfor overfull
        overfullt overga overgangar overgar overgatt overgav overge overger overgick overgiva overgiven
        overgivet overgivit overgivna overgjutas overgjutits overgula overhangande overholjda overholjt
        overhopad overhopades overhopar overkaken overklig overkligt overkord overksam overksamhet
        overksamma overlagga overlaggning overlaggningar overlagsenhet overlagsna overlagt overlakarens
        overlamna overlamnad overlamnade overlamnar overlamnat overlamnats overlapp overlappen overlastad
        overlatit overleva overlyckliga overmaktiga overmaktigt overmalat overman overmannad overmattan
        overmod overordnade overraknade overraknandet overraska overraskad overraskadc overraskade
        overraskades overraskande overraskat overraskning overraskningar overraskningen overraskningspappor
        overretade overrock overrosta oversatta oversattning overseende overseendets oversh oversittarmin
        overskadande overskattar overskott overskrider overskridit overskrift oversta oversteg
        overstelojtnant overstelojtnanten overstiger overstinnan overstrommande overstrott oversvalla
        oversvallande oversvammades oversvamning overtaga overtala overtalade overtalande overtankt
        overtraffar overtvgade overtvgelse overtyg overtyga overtygad overtygade overtygat overtygelse
        overtygelsen overvaga overvagande overvagde overvagt overvaldigad overvann overvar overvikt
        overvinna overvinnande overvunna overvunnen overvunnit ovetande ovett ovidkommande ovigda oviktig
        ovilja ovilkorligt ovill ovillkoiliga ovillkorligen ovillkorligt ovisa oviss ovisshet ovissheten
        ovisst ovning ovningen ovre ovriga ovrigt oxar oxars oxbringan oxel oxkottet pabjudit pablen
        pabordade paborjade pabras pabygd pabygda pabyggnad pabyggnaden pack packa packar packat packet
        packlar packning packor packorna padda paddan pade pades padragna padrifva pafagelsfjader pafallande
        pafann paflugenhet pafluget pafogels pafordras pafund pagatt page pahalsa pahanget pahitt pahittat
        pahittig pahlcn pahle pahlen pahleu pahlr pahlsn paillen pajasskratt pajrock paket pakommande
        pakommen pakommet pakorare pakostande palade palagor palats pale palen palitliga palitlighet pall
        pallen palllen palm palmaer palmer palmqvist palmsus pals palsarna palsbramad palsbramade palsen
        palsens palsfoder palskappa palskrage palsverk palsverkens palsverket paltiga paltlen pamind paminde
        paminn paminna paminnande paminnas paminnelse paminner pamint pamparna pande panelen paneler pank
        panna pannan pannkakor pannorna pansar pant pantomim pantomimen pantomimer pantomimiska pantomin
        pantsatta panytt panyttfodd papasslig papeka papekar papekat papiljotter papiljotterna papinianus
        pappa pappas pappask pappenheimare papper papperen papperet papperskniv papperslapp papperslappar
        pappersomslag pappersremsa pappersrosetter pappersrullen pappersskarmar pappersstadga papperstuss
        para parad paraden paradigma paradis paradiset paraknade paraknat parantes paraply paraplyet
        paraplymakarna paraplyn parasolett parasoletten parasoll parasollernas parce paren parentes paret
        parets parfym parfymen paris parisiska parken parkens parkernas parkett parketten parkettgolv parl
        parlament parlan parlande parlbandet parlement parlemo parlemor parlemosmycken parlfargade parlnat
        parlor parlorna parlskum parlstickning parmar parna paroit paronet parontrad paroxysmer pars
        parsifal parten parterna parti partie partier partierna partiet partisk partiska partout partu
        parvis pasatt pasatta pasatte pascal pase paseende pasen pasens paskagg paskina paskyndade paskyndat
        pass passa passade passagerarna passande passar passat passera passerade passerat passion passionens
        passionerad passionerat passiv passopp past pasta pastaende pastaendet pastar pastas pastod pastode
        pastods pastor pastorat pastoratets pastorn pastorns pastorsadjunkt pastorsadjunkten pataga patagen
        patagit pataglig patagligare patagligen patagligt patankt patent pater paternoster paternosterskaren
        patetisk patetiskt patiens patienskorten patient patienten patientens patienter patienterna
        patiramfes patos patradde patraffas patraffat patrask patron patronen patronessa patronessan
        patronessas patrons patruga patrull patryckning paula pauli paus pausen pauvre pavar paverka
        paverkad paverkan paviljongen pcka pclargonia pctra pedalen pedantansikte pedantiskt peka pekade
        pekande pekar pekat pekfinger pekfingerknoge pekfingret pelarfasad pelargonia pelarn pelham pelra
        pendang pendangkomedi pendel pendylen pendyler pengar pengarna pengarne penjoar penjoaren penjoarens
        penna pennan penndrag pennfjadersviftningen pennfjadrar penning penningalskande penningar
        penningarna penningbegaret penningeaffarer penningeforlagenhet penningen penningens penningeutgifter
        penninghjalp penningpungen penningsumman pennkniv pennor pennorna pens pense penseer penseldrag
        penseln penseogonen penseogonens pension pensionen pensionerad pensionsbeloppet peppar pepparroten
        pepprad pepprat period periodiskt perla perlrader permar permission perrongen pers persedlar
        persmassa person personal personalen personen personer personfierade personifierade personlig
        personliga personligen personlighet personligheter personligt perspektiv persson peruk perukstock
        perversa pest pestartad pesten pestilens pestsmittad petade petat peter peters petits petra petras
        petri petter petters pfalz pfalzgreves phoebus piano pianolektioner pianot picka pickade pickande
        pickandet pickar pietistisk piga pigan pigans pigg pigga piggar piggare pigor pigslynorna pigtyp
        pikant pikanta pikar pilar pilarna pilarnas pilastrar pilen pilgrim pilgrimen pilgrimsvandring
        pilkogret piller pillerasken pillerna pillertrillare pillman pillret pilskarp pilsner pilt pimplar
        pina pinade pinades pinan pinar pinas pinat pinats pincene pincenen pinglade pingstens pingstliljor
        pinliga pinnarna pinsam pinsbacks pion pionen pionrod pipa pipan pipande piper piperska pipig pipor
        piporna pippa pippor pipporna pipstumpen pique piraten piska piskade piskan piskas piskat piskslag
        pistol pistolerna pistolskott pitscherstickarn pittoreskt pjas pjaser pjattra pjes pjesen pjoskas
        pjunkeri pjunkiga placera placerad placerade placerat pladask pladder pladdrade pladdrande plaeade
        plaga plagad plagade plagan plagans plagar plagas plagat plagg plaggen plagoandar plagoandars
        plagoande plagor plagoris plagorna plagorum plagsam plagsamma plagsammaste plagsamt plan planades
        planas planat planbok planboken planen planer planerad planerat planet planeter plank planka planken
        planket plankhjartat planlagda planscher planschverkshogarna planta plantan plantar planterade
        planterar planterat plantering planteringarne planteringens plar plaskande plats platsen platser
        platserna platskarmar platskorstenar platsombud platt plattade plattak plattar plattnosansikte pligt
        pligten pligter plikt plikta pliktat plikten plikter pliktforgatna pliktformular pliktkansla
        pliktskyldiga plirade plirande plirar pllkt plocka plockade plockar plockat plogen ploja plojde
        plojdes plots plotslig plotsliga plotsligt plugga pluggade plumpa pluralis plus plyet plym
        plymbusken plysch pnhlen pobeln pobelvanan pocka pockade pockern poem poemet poesi poesibok
        poesierna poet poete poetens poetisk poetiska poetiske poetiskt pohle pohls pois pojkaktig
        pojkaktigt pojkar pojkbytingen pojke pojken pokaler polar poleja polen polera polerade polis polisen
        poliskonstapel poliskonstapeln polisonger polissongerna politik politiken politiker politiska
        polityr polityrkarl pomril ponerar ponken poppelspiran popplar popplarne popular popularitet
        populart populasen populi porla porlade porlande porlar porslin porslinerna porslinet porslinsprod
        porslinsvasen port portalen portar portativ portativa porten portens porter portgang portgangen
        portiaren portik portion portioner portmonna portor portoren portratt portrattet portugalsvatten
        portugisisk portvalvet portvin pose poser poserande poserar position post postb postbararen postdag
        poste posten poster posterad posterade postilla postpengar potage potatis potatisen potatislandet
        potatisskal potches potemkin potemkins pottkasburken pragel prageln praglat prak prakt praktartiklar
        prakten praktfulla praktfullt praktgemak praktig praktiga praktigare praktigaste praktigt praktik
        praktiken praktisera praktisk praktiska pral pralade pralande pralar praligt prangen prant prantad
        prantat prasslade prasslar prasslet prast prastdottern prasten prastens praster prasterlig
        prasterligt prasternas prastexamen prastgard prastgardar prastgarden prastgardens
        prastgardsbyggnaden prastgardsbyggningarna prastgardsgrinden prastgatan prasthustru prastkragar
        prastkragen prastkragens prastman prasts prastvigd prat prata pratade pratades pratar pratat pratets
        pratlystna pratsamma prcdikan precis precist predestination predi predika predikade predikament
        predikan predikant predikanten predikantens predikanter predikaren predikat predikningar
        predikningars predikstolen pregel pregeln prejade prejar preludier premiaraktor premiaraktoren pres
        present presentabel presenter presentera presenterade presenterna press pressa pressade pressande
        pressat presse pressen prestbetyg prestdotter presten pretention pretentioner pretentionerna
        pretentiosa preussen preussisk prick pricka prickad pricken primadolma primariiambetet primarius
        primus princesse principal prins prinsar prinsen prinsessa prinsessan prior pris prisa prisade
        prisande prisar prisat prisen priserna priset privat privatbanker privatdopt privilegium problem
        problemet procent procentar procentarhander processen procession producera produkter prof profana
        profession professionell professionella professo professor professorers professorn professorns
        professors profet profeten profeter profetera profetia profetisk profil profilen profning profningen
        profningsskola profseglas profstycke profva profvade profvades profvat profvets programmen
        programmet projekt prolongation promenad promenaden promenader promenadkangor promenadplats
        promenadplatsen promenera promenerade promenerande promenerar promenerat prompt proportion
        proportionnees propos proppade proppar prosaiska prosan prosans prosceniet prost prosten prostens
        prostfars prostgarden prosthus prostinna prostinnan prostitutionen prosttiteln protestanter
        protestera protesterade prov prova provade provande provar provat provet provinser provisorn
        provkandidat provning provotid prudentliga prunkade prunkande prunkar prunkat prut pruta prutade
        prutar prvda pryda prydas prydd prydde pryddes pryder prydlig prydliga prydligaste prydlighet
        prydligt prydnad prydnader prydt prygel pryrdlig prytt psalm psalmbok psalmen psalmer psalmeu
        psalmsangerskan psalmtoner psalmvers psalmverser pseudovetenskaplig psssa psykiatrici psykiatrien
        psykiska psykofjanter ptockade publik publika publiken publius puckelrygg puckelryggig puckelryggige
        puckelryggsleende puddingen pudel pudeln puder pudra pudrade pudrat pudret puff pulcher pulla pullan
        pullor pulpet pulpeten pulpetlocket pulpetrader pulsar pulsen pulserade pulsslagen pulvrisera pund
        pung punkt punkten punkter punkterna punktlig punktlighet punktligt punsch punschbrickor
        punschbuteljer punschen punschglas punschglaset punschhalvan punschorgierna pupillerna pura purprade
        purpur purpuraltan purpurflammor purpurkladning purpurmorka purpurrod purpurroda pussigt pust
        pustade pustande pustar pusten putar puts putsa putsade putsat puttrade puzzelarbete puzzlet
        puzzlets pvhlcn pyjamas pyngden pyre pyssla pysslade pyttsan qualis quelqu qvad qvaf qvafd qvafda
        qvafde qvafdt qvafva qval qvald qvalda qvalen qvaljande qvall qvallen qvallsbrasan qvallsvarden
        qvalmig qvar qvarblef qvarblifva qvardroja qvarglomt qvarhalla qvarlemnat qvarstanna qvarstannade
        qvarstod qvarstodo qvart qvasa qvaser qvases qvinfolk qvinna qvinnan qvinnans qvinnas qvinnfolk
        qvinnor qvinnorna qvist qvitt raaf rabatt rabatten rabatter rabatterna rack racka rackare rackartyg
        racke racken racker rackes rackhall rackor rackt rackte racktes rackts rackvidden rada radande
        radband radbraka radcl radd radda raddad raddade raddare raddat radde raddhagad raddning raddsla
        rade raden radens rader raderna radet radfraga radfragade radfragat radgivare radgora radhusets
        radikalt radisor radisorna radligast radlos radloshet radman radnde radplagning radplagningar radrum
        rads radsforsamling radsla radslaget radslan radt radvill rafael rafaels raffinemang raffinerat
        rafsade rafvens raga ragade ragadt ragen ragfalt ragla raglade rahet raheten raka rakade rakar
        rakare rakas rakaste rakat raket raketer raklang rakna raknade raknades raknar raknat raknetal
        rakning rakningar rakningen rakt ralade rama ramade ramandet ramar ramat ramen ramfor ramlade ramlar
        rammet ramna ramnorna ramper ramsa ramshult ramundsson rand rande randen rander randerna randig
        randiga rang rangera rangerad rangklass ranglig rangliga rangordning rank rankan rann rannan rannil
        rannor rannsten rannstenarna rannstenen ransakat ransakning ranseln ranta rantan rantor rapitlet
        rapp rappat rappen rappet raquin rara rare raring rarna rart rasa rasade rasande rasansikte rasat
        rasen rasens raseri rask raska raskare raskaste raske raskhet raskolnikov raskt rasmusson raspade
        raspandet rassla rasslade rasslande rast rasta rasterna rastestund rastlos rastlosa ratade ratat
        raterna ratt ratta rattade rattan rattar rattare rattas rattast rattat rattbo ratte rattegang
        rattegangshandlingar rattegangsprotokoll ratteligen ratten ratter ratterna rattesnore rattfalla
        rattfardiga rattfardigar rattfardige rattfardighet rattfram rattighet rattigheten rattigheter
        rattmatiga rattogon rattor rattradighet rattsenliga rattsinniga rattsinnige rattskaffens rattskansla
        rattsskipningen rattsuppfattning rattsvansar rattvis rattvisa rattvisan rattvisaste rattvisligen
        rattvist raven razzia rcste reale recensera recenserade recept receptet recke reckes reda redan
        redare redas redbarhet redbart redde reddes reden reder rederi redig rediga redigare redighet redigt
        redingotkostym redlich redlichs redlig redliga redligaste redlige redlighet redligt redo redobogen
        redogor redogora redogorelse reds redskap redskapen reel refflade reflekterade reflex reflexen
        reflexer reflexion reflexionen reflexioner reflexionsspegel reflexionsspegeln reflexrorelser
        reflexskenet reflexverkan refrangen refuge refvat regel regelbundet regelbundna regelmassigt
        regelmessiga regeln regementschef regent regentinna regera regerad regerade regeringar
        regeringsgatan regeringstommarna regissoren registrator registratorn registren reglad reglade
        reglera reglerade reglerar regn regna regnadc regnade regnar regnat regnbagsfargad regnbagsljus
        regnbagsskyn regndag regndroppe regnens regnet regnig regniga regnkappa regnskur regnvader
        regnvadersdagar rehabiliterad rehnska reklam reklamfonster rekommendation rekommendera rekommenderat
        rekryter rektor rektorn rekvirerade rekvisitionen relationer relian religion religionen
        religionsgrubbel religionslararen religios religiosa religiositet religiost reling relingarna
        relingarne relingen rell remmar remna remnar remnorna remsan rena renare rendez renglansande rengora
        rengoras renhet renlighet renons rensa rensade renskrivning renskurad renskurade rent rentav
        rentvattad rentvattadt reparation reparationen reparerade reparerat repen repetitionen replikerade
        representant representanterna representation representera representerade representerar reputation
        rerna resa resan resande resandes resarbottnar rese reseda resemaltid resen resens resepredikant
        resepredikanten reser reses reseskildringar reshatt resignation resignerat reskassan reskladd resle
        reslig resning resolverar reson resonemang resonemanget resonera resonerar resor respass respekt
        respektabel respektabelt respektabla respekten respekterar respekteras respektfull respektlost
        respengarna respenningar respenningarna resschatull rest restaurang restaurangbordet restaurangen
        restaurangernas restauranghorna restc reste resten rester resulster resultat resultatet resulterat
        resurs resurser reta retad retade retades retadt retar retas retat retelse retelser retliga retlige
        retligheten retligt retsam retsamhet retsamt rett retty reumatism revers reversen reverser revisor
        revisorn revolvern richardt ricinolja rickrickettirack rickrickettiratt rida ridan ridande riddare
        riddaren riddarhustorget ridderliga rider ridit ridtur rierna rigeln riggad rigla rigtad rigtig
        rigtiga rigtighet rigtigt rigtning rigtningar rijster rika rikare rikaste rikc rike rikedom
        rikedomar rikedomen rikeman riken rikens rikes rikhaltig rikligen rikligt riksdagen riksdagshus
        riksdaler riksdalernas riksdalers riksgalds rikt rikta riktad riktade riktades riktas riktat riktats
        riktig riktiga riktigare riktigt riktning riktningar riktningen rill rimligtvis rimma rimmer
        rimnande rimrika ring ringa ringakta ringaktning ringande ringar ringare ringarna ringas ringaste
        ringde ringen ringer ringfinger ringhets ringlade ringlarne ringlinjen ringning ringt rinna rinnande
        riset risk risken risker riskera rispor ristad ristade ristat riste rita ritade ritat rium riva
        rival rivande river rivilligt rivit rivits rivna rleltagande rmed rmuff rnaren road roade roande
        roar roat rochefoucauld rock rockar rockarmarna rockarmen rocken rockhandeln rocko rockor
        rockskorten rockskortet rockslaget rocksvarvare roda rodaktiga rodare rodbla rodblommig rodblommiga
        rodbrusig rodbrusige rodd roddarbatarna roddarbaten roddare roddarmadamens roddarmadamer roddbat
        rodde rodden rode rodfargad rodflammiga rodgula rodin rodkantade rodlatta rodletta rodmalade rodna
        rodnad rodnade rodnaden rodnande rodnar rodnat rodrandig rodrandiga rodret rodskinn rodviolett
        roffar rofgirigheten roflysten roflystne rofvar roja rojas rojde rojdes rojer rojt roka rokade
        rokande rokare rokelse rokelsekar rokelsemolnen rokelsen roken roker rokhytten rokmoln rokmolnen
        rokn roknar roknarna roknarnn roknonno rokoffer rokoko rokokodams rokpelare rokpelaren rokring
        rokringen rokrum rokrummet rokt rokte rokunrnn rolf rolig roliga roligare roligast roligaste
        rolighetsminister roligt roll rollen roller rollerna rolosa roman romanaktiga romanen romaner
        romanord romantik romantikens romantiska romantiskt romantisktkanske romanvarlden romersk romt rona
        rond ronden ronet ronl ronnarnas ronnbaren ronneby ront ronte rontgen rontgenfotograferats ropa
        ropadc ropade ropande ropar ropat ropet rora rorande roras rord rorda rorde rordes rorelse
        rorelsegrader rorelsen rorelser rorelserna rorer roret rorlig rorliga rorlighet rorligt rorsoffan
        rorstrand rort rorta rortaljan rosa rosafargade rosas roseil rosell rosells rosen rosenbad rosenberg
        rosenbergs rosenblad rosenbladen rosenbuske rosendegang rosendimmor rosengnista rosenkindade
        rosenkransen rosenrauch rosenrauchs rosenroda rosenskymningen rosenstandens rosentempel rosiga
        rosigt rosor rosorna rosornas rost rosten rostens roster rosterna rosts rota rotagg rotat rotfasta
        rotmanadshetta rotsaker rott rotta rotter rotting rottingen rottingslag rotundan rousseau rova
        rovdjurslikt rovdjurstander rovfagelsansikte rovfagelsansiktet rovtander rrohnarna rrok rtom
        rtsangarna rubba rubbad rubbade rubbar rubbning rubbningen rubin rubiner rubins rubriken rucklet
        ruckliga rudekrona ruffen rufsig rufsiga rufsigt rufvade rugg ruggig ruinen ruiner ruinerad ruinerar
        rull rulla rullade rullande rullar rulle rullgardin rullgardinen rullgardiner rullgardinerna rullt
        rummen rummens rummet rummets rumskamrater rumsvaningen rund runda rundade rundning rundt rundvalvd
        runeberg runeskrift rungande runne runnit runno runstycke runstycket runt runtom runtomkring rusa
        rusade rusande rusar rusat ruset rusets rusig rusiga ruskade ruskar ruskig ruskigt russeberget
        russin rusta rustade rustas rustibus rusticana ruta rutan ruter rutig rutor rutorna rutsch rutten
        ruttenhet ruttet ruttna ruttnade ruvade ruvande ruvat rybte ryck rycka ryckande rycker ryckig
        ryckning ryckningar ryckt rycktc ryckte rycktes ryckts rydberg rydbergs rygg ryggade ryggar ryggarna
        ryggen ryggraden ryggstod ryggtavla rykande ryktbar ryktbara ryktbarhet ryktc rykte rykten ryktes
        ryktet rymd rymde rymden rymdens rymder rymlig rymliga rymma rymmer rymplingen rynkade rynkades
        rynkar rynkig rynkiga rynkigt rynkning rynkor rynkorna rysa rysande ryser ryslig rysliga rysligaste
        ryslighet rysligt rysning ryssviks ryst ryste ryter rytmer ryttare ryttmastare ryttmastaren
        ryttmastarens sabbat sabbatsfard sabina sabinas sabiuas sablar sack sadan sadana sadant sadarnt sadc
        sadd sadde sade saden sades sadesfalt saea saft saftade saftig saftiga saftigt saga sagan sagandes
        sagans sagar sagas sagbok sagboken sagdt sage sagen sager sagerl sages sagnerna sago sagogangen
        sagokungen sagolika sagolikt sagoprins sagor sagorna sagos sagoslott sagotiden sags sagspan
        sagspanen sagt sakar sakcr saken sakens saker sakerhet sakerhets sakerligen sakerna sakernas sakert
        sakligt sakna saknad saknade saknaden saknades saknar saknas saknat sakra sakramenskade sakrament
        sakrare sakrast sakraste sakristian sakristians sakta saktade saktar saktare saktat saktmod
        saktmodig saktmodigt salar salarna salarne salcional sald salde saledes salen salens salhund
        salhunden salig saliga salighet saligheten saligheters saligt saliven salja saljagt saljagten saljer
        saljerskans sall salla sallan sallar sallhet sallheten sallhets sallhetsdagar sallsam sallsamma
        sallsamt sallskap sallskapandet sallskapet sallskapets sallskapsbroder sallskapsgafvor
        sallskapskrets sallskapslifvets sallskapslivet sallskapslivets sallskapsmannen sallskapsnoje
        sallskapsnojet sallsynt sallsynta sallsyntare sallsyntheter sally sallys saln salomo salomos salong
        salongen salongsbordet salsand salsbordet salsdorren salsfonstret salsgolvet salskinn salskinns
        salskins salskinsmossa salskytt salskyttarne salskyttarnes salskytten salskytteri salskytteriet salt
        salta saltet saltkorn salts saltvatten salunda salurlda salvan samband samfund samfundsforhallande
        samhalle samhallet samhallslivet samhallsorganisationens samhallsvetenskapen samhet samheten
        samhorighet samklang samkvam samla samlad samlade samlades samlag samlalet samlar samlare samlas
        samlat samlats samling samlingen samma samman sammanbinda sammanbinder sammanbitet sammanbitna
        sammanblandat sammanbrott sammandragna sammandragning sammandrog sammanfattningen sammanflot
        sammanfoll sammanhang sammanhangde sammanhanget sammanholle sammanklistrade sammanknappta
        sammanknipna sammanknuten sammanknycklat sammankom sammankomma sammankomst sammankomster sammanlagt
        sammanlanka sammanlevnad sammanpressad sammanpressade sammanpressades sammanrafsat sammans
        sammansattning sammansattningar sammansla sammanslagna sammanslingrade sammansluten sammanslutning
        sammansmalte sammansmalter sammansnord sammanstamma sammantorkad sammantrade sammantraden
        sammantraffande sammantrasslat sammantratt sammantryckt sammantryckta sammanvaro samme sammet
        sammetsblad sammetsblus sammetskind sammetskorsett sammetslen sammetslena sammetslent sammetsmjukhet
        samrad samrada samre sams samsas samsprak samsprakat samsta samt samtal samtalade samtalet samtalets
        samtalsamnet samtalsform samtida samtidigt samtliga samtycke samtycker samtyckt samuels samuelsgatan
        samvaro samvete samveten samvetet samvetets samvetsagg samvetsgrann samvetsgrant samvetskval
        samvetslosa samvetsqval samvetssak sanatoriet sanatorium sand sanda sandbottnen sande sandebud
        sanden sander sandes sandgangen sandhogen sandkornen sandplan sandstranden sang sangar sangare
        sangaren sangarkor sangarkrans sangarna sangarne sangbocker sangbok sangbottnar sangen sangens
        sanger sangerna sangerska sangfagel sangfageln sangfaglarna sangfar sanggaflarne sanghalm sanghimlen
        sanghirnlen sangkammardorren sangkammare sangkammaren sangkammarlif sangkant sangkanten sangklader
        sangkladerna sangknapp sangknapparne sangknappen sangliggande sangmo sangomhanget sangren sangs
        sangstolpar sangtacket sanka sanker sankes sankt sankta sanktc sankte sanktes sann sanna sannerligen
        sannfardeligen sannfardigheten sanning sanningen sanningens sanningsdoser sanningsenligt
        sanningsjakt sanningsmangd sannolik sannolikhet sannolikheten sannolikt sannskyldiga sans sansa
        sanslose sansloshet sansning sansningen sant sapbubbla sapbubblekarlarna sara sarad sarade sarar
        sarat sarbar sardeles sardiner sardoniskt saregen saren saret sargad sarkasmer sarkofag sarkom saron
        sarskihl sarskil sarskild sarskilda sarskildt sarskilja sarskilt sarskilta sartid saser sasom sata
        satan sataniskt satans satar satherberg satinturc satinturckladningen satirisk sats satt satta
        sattande sattas satte satter sattet satureja satyrgrin saval savida saviga savitt savliga
        savligheten saxen saxofon scdan scen scenen scener scenerier scenerna scgra schabrak schack
        schackbradet schackproblem schackspelarens schackspirs schaggsoffan schaggstolar schakt schal
        schalar schalarne schalen schalett schaletten schaletterna scharlakanslangtan schartaus schas schasa
        schasar schaskarran schaslong schaslongen schatterat schatull schavott scheeles scheurer schism
        schopenhauer schrader schweitzeri schweiz schweizerierna sdong sedan sedd sedel sedelbok sedeln
        seden seder sedermera sedesamt sediga sedigt sedlar sedlig sedliga sedligaste sedlighet
        sedlighetsbrott sedligt sedvanligt seende sega segel segelbat segelbaten segelduksbyxor segelfardig
        segelfardiga segellapparne segelleden segeltaltet segeltur seger segerkraft segerkrans segerstolt
        seghet segla seglade seglar seglare seglarn seglat seglen seglet segling segra segrade segrande
        segrar segraren segrat sekelslutet sekler seklet seklets sekretaren sekter sekterisk sektern
        sekterns sekun sekund sekunden sekunder sekunderna sekunders sekunds seln semesterresor seminariets
        semper sena senap senare senast senaste senbosten sene seneca senig senior sensation
        sensationshistoria sensationsutlovande sensommardag sensommaren sensommarmorkrets sensommarsol sent
        sentimental sentimentala sentimentalt september septemberdag sermo servera serverade serverades
        serveringen serveringsflickan serveten servett servetten servetter servetterna servilt servisen
        serviser sesa sett seulement sexa sexstyverslant sextiden sextio sextiosex sexton sextonarig
        sextonariga sextonarigt sextonde sextonskilling sfar sfarer sffalle sfinxens shakespeares shls shlta
        shod siade siarskagg sick sicksack sida sidan siden sidenband sidenduk sidenet sidenhatt sidenkappa
        sidenklader sidenklanning sidenkna sidenkofta sidenkramhandlare sidennasduk sidennattrock
        sidenpaleta sidenpals sidenrock sidenrosett sidenrosetter sidenschal sidentackta sidentak sidentyger
        sidentyget sidlant sidoblick sidogata sidokammarn sidolinjen sidor sidorna sidorum sidotankar
        sidovag sidstycket siffror sigill sigillet signal signalen signetring sigra sigretadtillnyfikenhet
        sigte siig siiverklart sikta siktade sikte sikten siktena siktet siktiga siktigt sila silade silande
        silfret silfverklockan silfverlampa silfverstjerna silhuett silhuetten silhuetter siljan silke
        silkes silkesblommor silkesduken silkesfloret silkeshalsduk silkesharet silkeslen silkeslena
        silkeslent silkesnasduk silkespapper silkesperuk silkesschal silkesschalen silkessnodder
        silkesstrumporna silkesvirret silket silkets sill sillstrypare sillstryparn silter silvanders silver
        silverax silverbagare silverbeslagen silverboetten silverfagel silvergaffel silverglansande
        silverklang silverklara silverklingande silverkniv silverpapper silverpokaler silverrosten
        silverskalen silverskedar silverslant silverslantar silversprangda silverstake silverstrimma simma
        simmade simmande simmar simme simmerska simon simons simpel simpelt simpla simtag simulerade sina
        sinas sine sinistrement sinnad sinnade sinne sinnelag sinnen sinnena sinnenas sinnens sinnes
        sinnesbeskaffenhet sinnesforvirring sinnesforvirringen sinnesnarvaro sinnesoredan sinnesoro
        sinnesrorelse sinnesrubbning sinnessjukdom sinnessjuke sinnessjukhus sinnesskakning sinnesstamning
        sinnesstyrka sinnessvag sinnessvage sinnesuppbrusning sinnesyra sinnet sinnigt sinnliga sinnlighet
        sinnligt sinnrik sinnrika sinom sinsemellan sinstorakappa sion sions sippare sippor sipprade sirap
        siratens sirenen sirlig sirliga sist sista siste sistone sitt sitta sittande sitter situation
        situationen situationer siuta sjaiv sjal sjalafrande sjalar sjalarna sjalarne sjalars sjalasorjare
        sjalen sjalens sjalft sjalfulla sjals sjalslakekonstnarerna sjalslidanden sjalsnarvaro sjalsstrid
        sjalsstyrka sjalv sjalva sjalvaste sjalvbe sjalvbeharskning sjalvbelatna sjalvbelatne sjalvdyrkan
        sjalvforakt sjalvforebraelse sjalvfortroende sjalvfortrostan sjalvforvarvd sjalviska sjalviskhet
        sjalvklart sjalvmant sjalvmedveten sjalvmord sjalvmordstankar sjalvradig sjalvsaker sjalvsvaldigt
        sjalvt sjatte sjelf sjelfbeherskning sjelfforsvar sjelfforvillelsens sjelfkansla sjelfkarlek
        sjelfmant sjelfstandig sjelfsvaldig sjelfsvaldiga sjelft sjelfva sjelfvaste sjette sjiilv sjll
        sjmlga sjoar sjoberg sjobodarne sjoboden sjobottnen sjobussen sjod sjofaglarne sjofarande sjofarare
        sjofoglar sjofoglarne sjoforklaring sjogangen sjogras sjograset sjogront sjohistorier sjohistorierna
        sjoluften sjoman sjomannen sjomannens sjomans sjomansgosse sjomanskavaj sjomanskostym sjomanssjalen
        sjon sjong sjongo sjonk sjonko sjons sjorofvaren sjorofvarn sjos sjosjuka sjoskumspipa sjoslag
        sjostranden sjotullstaxan sjotungsfilet sjovasendet sjtik sjuarig sjuarigt sjuda sjudande sjugare
        sjuhundrade sjuk sjuka sjukbadd sjukbesok sjukdom sjukdomar sjukdomen sjukdomens sjukdomsfall
        sjukdomsmorkret sjuke sjukes sjukhem sjukhemmet sjukhus sjuklagret sjuklig sjukliga sjuklige
        sjuklighet sjukling sjuklingen sjuknade sjuknat sjukroll sjukrummet sjuksang sjukskoterska
        sjukskoterskan sjukskoterskeelev sjuksystern sjukt sjukvard sjunde sjung sjunga sjungande sjungandes
        sjunge sjunger sjunges sjungit sjunka sjunkandct sjunkande sjunken sjunker sjunket sjunkit sjuttio
        sjutton sjuttonarig sjuttonariga sjuttonaring sjuttonde sjuttonhundratalet skackiga skacklorna skada
        skadad skadade skadan skadande skadar skadat skade skadeersattning skadegladje skadegladjen
        skadeglatt skadegoraren skadespel skadespelare skadespelaren skadespelarna skadespelerskor
        skadespelet skadlig skadligare skadlighet skadligt skaf skaffa skaffade skaffar skaffat skafferiet
        skaft skaftet skaftig skageraks skagg skaggbotten skagget skaggig skaji skaka skakad skakade
        skakades skakande skakar skakas skakat skakning skakningar skakningen skal skala skald skaldernas
        skalds skalen skalet skalfvande skall skalla skallade skallande skallar skallarna skallde skalle
        skaller skalles skallet skalm skalmaktig skalmen skalmska skalmstycken skalpund skalv skalva
        skalvande skalvde skalver skalvosot skam skamda skamde skamdes skamliga skamlos skamlost skammas
        skammen skammer skamrodnaden skams skamsen skamsna skamt skamta skamtade skamtande skamtar skamtet
        skamtsam skamtsamhet skamtsamma skamtsamt skamttidningarnas skan skandal skandalen skandalhistoria
        skandar skandas skande skane skank skanka skanken skanker skanklad skanks skankt skankte skankts
        skap skapa skapad skapade skapar skapare skapat skapdorren skapelse skapelsens skapet skaplingar
        skapnad skapnaden skappa skappan skapt skapta skar skara skaran skarande skarat skaren skarens
        skargard skargarden skargardens skargards skargardsbatarna skargardsbos skargardselande
        skargardsflicka skargardsfolkets skargardslifvet skargardsmo skargardstarnan skarhet skarm skarmarne
        skarmen skarmens skaror skarp skarpa skarpare skarpaste skarpen skarper skarpsinne skarpsinnig
        skarpsinnighet skarpslipade skarpsynt skarpsynta skarpsyntare skarpsynthet skarpt skarpta skarpte
        skarseld skart skarv skarvor skatbos skatt skatta skattade skattande skattar skatter skatterna
        skattkammaren skavanker skavde skavit skedde skeden skelett skelettet sken skenar skenbarligen
        skenbart skenet skenhelig skenheliga skenliv skeno skenorna skepelse skepelsen skepnad skepnaden
        skepnadendet skepnader skepp skeppare skepparens skeppares skepparhistorier skeppen skeppet skepps
        skeppsbron skeppsbrott skeppsbrotten skeppsbruten skeppsbrutne skeppsgossen skeppsgossens
        skeppsholmen skeppsordningen skeppsstolarne skeptiskt sker skett skeva skevt skhnrande skick skicka
        skickade skickades skickande skickar skickat skickelse skickelsen skicklig skickliga skickligaste
        skicklighet skickligheten skickligt skidor skifta skiftade skiftande skiftar skiften skiftningen
        skifvan skild skilda skildcs skilde skildes skildra skildrade skildringar skildringen skildt skilja
        skiljas skiljer skiljes skiljobrevet skilling skillnad skillnaden skilnad skilsmassa skilsmassan
        skilsmessa skilsmessan skilt skimmer skimra skimrade skimrande skimrar skin skina skinande skiner
        skingra skingrades skingras skinka skinliga skinn skinnband skinnen skinnet skinnfallar skinnfoder
        skinnkladd skinnmadrassen skinnmossa skinnskoffert skinnstol skinnstolar skinnstolen skinntorra
        skira skiss skiva skivan skivorna skjorta skjortan skjortarmarna skjortarmarne skjortbrost
        skjortkragen skjortor skjortsom skjul skjut skjuta skjuten skjuter skjutfonstret skjutit skjuts
        skjutsa skjutsbonde skjutsbondens skjutsen skjutsens sknlle skoband skock skocka skockade skockades
        skockar skockat skocken skog skogar skogarna skogarnas skogen skogens skogig skogsdungens
        skogsdunklet skogsfrun skogskuliss skogssidan skogssluttningen skogsstigen skogsstigens skogsstrom
        skogstjarn skoj skoja skojare skokor skol skola skolan skolans skolas skolbarn skolbockerna skold
        skoldborg skolen skolflicka skolflickan skolflickorna skolforestandarinnan skolgarden skolgossarna
        skolgossens skolgosses skolhuset skolj skolja skoljde skoljer skoljt skolkamrater skolkar
        skolklockan skollararen skolmamsell skolpojke skolpojkslivets skolpojkssattet skolrummet skolsalen
        skolsalens skoltid skoltiden skomakare skon skona skonande skonare skonarn skonaste skonerten
        skonhet skonheten skonhetens skonheter skonhetssinne skonja skonjbara skonjde skonjdes skonjs skons
        skonsamt skont skor skord skorda skordar skordat skordemogna skorlevnad skorna skorpor skorporna
        skorrande skorrning skorsten skorstenar skorstenen skorstensfejaren skort skosmorja skot skota skote
        skoter skoterska skoterskam skoterskan skoterskorna skotet skoto skots skott skotte skottes skottet
        skottkarran skovla skrack skrackblandad skrackelse skrackfulla skrackinjagandc skrackinjagande
        skraddare skraddarrakningen skraet skral skrall skrallde skraltiga skramd skramda skramde skramla
        skramlade skramlande skramma skrammande skrammas skrammel skrammer skramsel skramseln skramt
        skranets skrankor skranpatriotisk skrap skrapa skrapade skrapande skrapat skrapet skrapiga
        skrapkammare skrapkamrar skrapning skratt skratta skrattade skrattande skrattar skrattat skrattet
        skrattlust skrattretande skrattsalva skrattsalvor skravlande skred skref skrek skreko skrev skreve
        skrevo skrevor skri skria skriden skrider skridit skrifning skrifpulpet skrift skriften skriftens
        skrifter skriftligen skriftligt skrifttecken skrifva skrifvare skrifvarn skrifver skrifvet skrifvit
        skrik skrika skrikande skriken skriker skriket skrikig skrikit skritt skriv skriva skrivarens
        skrivas skrivbord skrivbordet skrivelse skrivelsen skriven skriver skrivet skrivit skrivits
        skrivkonsten skrivmaterialer skrivna skrivning skrivpulpet skrivpulpeten skrivrum skrockande
        skrockfull skrodor skrofliga skrofvets skroplig skrot skrovlig skrovliga skrubb skrubba skruden
        skrumpet skrumpnad skrumpnade skrupler skruv skruvade skruvades skruven skrymtar skrymtare skrynkla
        skrynklade skrynklat skrynklig skrynkliga skryt skryta skrytsamhet skudda skude skuderade skuffande
        skuffen skug skugfade skugga skuggad skuggade skuggades skuggan skuggande skuggans skuggar skuggas
        skuggats skuggbarn skuggiga skugglika skuggliv skuggor skuggorna skuggornas skuggorra skuggpartierna
        skuggrikaste skuggsidor skuggspel skul skuld skulda skulden skulder skuldforbindelser skuldfritt
        skuldmedveten skuldran skuldregister skuldror skuldrorna skuldsedel skuli skulie skull skullc skulle
        skullen skulptur skulpturverk skum skumhylt skumma skummande skummaste skummet skummig skumogd
        skumparlorna skumt skura skurade skurborste skuren skurit skurk skurken skurna skuro skuta skutan
        skutans skutt skuzle skvalar skvallersjuka skvallerspeglar skvallra skvallrade skvallrar skvalpade
        skvaltar skvdda skyar skyarna skydd skydda skyddade skyddadt skyddande skyddar skyddas skydde
        skyddsengel skyddsling skyddslingar skyddslings skygg skygga skyggt skyhimmel skyhoga skyla skylde
        skyldes skyldig skyldiga skyldighet skyldigheten skyldigheter skyldrade skylla skyllde skylt
        skyltade skylten skyltfonster skym skymassorna skymd skymde skymf skymfa skymfad skymfande skymfen
        skymflig skymfligt skymlande skymma skymmande skymning skymningen skymningens skymningsalfernas
        skymningsdager skymningsstora skymningstarnan skymt skymta skymtade skymtar skymtat skymten skyn
        skynda skyndade skyndar skyndat skynden skyndsamhet skyndsamt skyr skytrasorna skytt skyttarne
        skyttelen skytten skytteriet skyvar slack slacka slackande slackt slackta slackte sladder sladdra
        sladdrar slade sladpartier sladspar slaende slaflif slag slaganfall slagattack slagbordet slagdanga
        slagdangor slagen slaget slagfaltet slagit slagits slagna slags slagskampe slagt slagten slagting
        slagtingar slak slaka slakt slaktat slakte slakten slaktens slaktes slaktforhallanden slakthus
        slakting slaktingar slaktingen slaktkalendrar slaktled slaktleds slaktskap slakttycket slaktvapnet
        slam slammer slamrande slamret slandas slang slanga slangar slangbagar slangbage slangde slanger
        slangkappa slangkyss slangt slank slanka slannade slant slantar slap slapa slapade slapande slapar
        slapat slapigt slapp slappa slapper slappfeta slapphet slappna slappt slappte slappts slapstofveln
        slar slarf slarfva slarvig slas slaskig slass slat slata slatade slatkammade slatrakad slatrakade
        slatt slattaljda slatten slattens slatter slav slaveri slavinna slculle sldgo slemmig slemmiga slet
        sleto sletos slets slicka slickadc slickade slickande slickar slida slikt slinga slingor slingorna
        slingra slingrade slingrande slingrar slingrat slingriga slingringarne slinh slinka slinker slinta
        slipad slipade slippa slipper slipprigt slips sliskiga sliskigaste slita slitande slitas sliten
        slitit slitits slitna slitningar slits slitstarkt sloa slock slockna slocknade slocknande slocknar
        slocknat slog sloge slogo slogos slogs slohet sloja slojan slojd slojdares slojdbank slojor sloka
        slokad slokande slokar slosa slosade slosaktig slosaktiga slosar slosarna slosat sloseri sloserska
        slot sloto slotos slott slottet slottsfasaden slottskanslibetjant slottskanslibetjanter
        slottskanslibetjanterna slottskorridor slottsratten slottstappning sluddrade slug slugare slugt
        sluka slukade slukades slukar slukat slummer slump slumpen slumra slumrade slumrande slumrar slumrat
        slunga slungade slungat slunko slup slupen sluppit sluring slusk slussen slut sluta slutad slutade
        slutades slutadt slutande slutar slutas slutat sluten slutenhet sluter slutet slutit slutits
        slutkapitlet slutli slutlig slutliga slutligen slutligeu slutligt slutmening slutmeningen slutna
        slutpolerade slutsats slutsatsen slutsatser sluttande sluttning sluttningar sluttningen slynan
        slynaren slyng slyngel slyngelaren smaaktiga smabarn smabarnsklader smabatarna smabatarne
        smaborgerligt smabrodet smack smackade smacker smackningar smackra smada smadar smadda smadliga
        smafa smafaglars smagnolade smagnolande smagrala smaherrarne smaherrskapet smajagterna smak smaka
        smakade smakar smakat smaken smakfull smakfullare smakfullt smaklost smakraken smakramaraffarer
        smaksatta smal smala smaladorna smaland smalandska smale smaleende smaleenden smaleendet smalek
        smaler smalett small smalla smallande smallar smallde smallen smaller smallt smalnar smalog smalogo
        smalt smalta smaltande smalte smamynt smamyste smaningom smaningorn smapojkar smapratade smart
        smarta smartade smartan smartans smartare smartas smartfulla smartor smartorna smartsam smartsamma
        smartsamt smarum smarummen smasak smasaker smasinthet smaskrattade smastad smastaden smasten smating
        smatrakiga smatrippande smatt smattra smattrade smattrande smavaxt smavisslande smedja smedjan smeka
        smekande smekas smekmanaden smeknamn smekning smekningar smekningen smeksam smeksamma smeksamt smekt
        smekte smetade smetat smicker smickrad smickrade smickrades smickrande smickrare smickrat smida
        smidig smidiga smidigare smidigt smil smilande smiles smink sminka smisk smitta smittade smittat
        smittooverforing smlsade smog smogo smor smorbakelser smorbytta smorbyttor smorde smordukar smoret
        smorgas smorgasar smorgasbiten smorgasbordet smorgasen smorj smorja smorjan smuggelgodset
        smuggelhandel smuggla smugglas smuggleriet smugit smula smulade smular smulat smulor smulorna
        smultit smultron smussla smuts smutsa smutsade smutsas smutsat smutsbruna smutsen smutsgra smutsgula
        smutsig smutsiga smutsigt smutspol smutsroda smutta smuttade smuttande smycka smycken smyg smyga
        smygande smyger smyghal smygvagar snabb snabba snabbare snabbhet snabblopare snabbt snac snacka
        snackor snackorna snal snala snalhet snall snalla snallaste snalle snallt snappat snapsar snar snara
        snaran snarare snarast snaraste snaren snarets snarfyndiga snarja snarjd snarjer snarjt snarka
        snarkande snarkning snarlik snarlika snarlikt snaror snarr snart snartade snartat snasige snasigt
        snaste snatta snattrande snav snava snavade sned sneddade snedsprang sneglade sneglat snett snibben
        snickare snickaren snickaresag snigeln snille snillets snillrikt snipigt snirklade snits snitt
        snitten snoa snoade snoar snoat snobbiga snoberg snodde snoduken snogatorna snoka snokande snokorn
        snoliljan snon snoping snoplig snopliga snopligt snor snorde snore snoren snoret snorpte snorrata
        snorungen snorvlar snosmaltningsdag snot snovind snovit sntto snubbla snubblade snubblande snubbor
        snud snudda snuddade snuddande snuddat snuffe snufva snuggan snurra snurrade snurrar snus snusa
        snusade snusburken snusbutelj snusbuteljer snusdosa snusdosan snusige snusningar snuspaket snuva
        snyft snyfta snyftade snyftande snyftat snyftning snyftningar snyftningarna snygg snygga snyggt
        snyta soare soareer sociala societet societeten societetens societeter societetsdam societetsnojena
        societetsskonheterna socken sockenbor sockendagar sockenkyrkan socker sockerbarn sockerbit
        sockerbitarna sockerdocka sockerdricka sockerhjarta sockers sockersota sockertopp sockerurnorna
        socknarna socknen socknens soder soderberg sodern soderut sodra soffa soffan soffdynan soffhorn
        soffhornet soffkarmen sofflock sofforna soffoverdraget sofi sofia sofie sofielund sofies sofismer
        sofisterier sofva sofver sogo soien soka sokande sokandet sokas soken soker sokrates sokt sokta
        soktc sokte sola solade solar solbelyst solblixt solbrand soldat soldatens soldater soldaterna
        soldatfilosofi solen solens solglimtarna solid soliditet solig soliga soligare soligt solkiga
        solljuset solnedgangarna solnedgangen solsidan solsken solskenet solskensdag solskensdagar
        solskensdagarna solskensvarma solskimmer solstralar solstralarna solstralarnas solstralarne
        solstrale solstrimma solstrimman soltorka soltorkad solupp soluppgang soluppgangen somliga
        somlinghagna sommar sommaraftnarna sommarafton sommarbla sommarbyxor sommardag sommardagens sommaren
        sommarens sommarfarval sommarfjaril sommarfloret sommargronskan sommarhem sommarhettan
        sommarklanning sommarklanningar sommarkostym sommarkvallen sommarlovet sommarmoln sommarmorgnarna
        sommarmorgonen sommarn sommarna sommarnatter sommarnattsmorkret sommarnattsskymningen sommarnoje
        sommarnojet sommarns sommarrestaurangerna sommarrum sommarsondag sommartiden sommarvindem
        sommarvinden sommen sommerska somn somna somnad somnade somnar somnat somndrucken somnen somnens
        somngangerska somngangerskas somngivande somnig somnigt somnlos somnlosa somnloses somrarna somras
        somrnaren sonda sondag sondagar sondagarna sondagen sondagens sondags sondagsformiddag
        sondagsformiddagen sondagskvall sondagsmiddagen sondagsmorgon sondagsmorgonen sondagsmorgonens
        sondagspredikningar sonder sonderbraka sonderbrotos sonderbrutna sonderklamde sonderna sonderplockad
        sonderrivna sonderskuren sonderslagen sonderslaget sondersleto sonderslitande sonderslites
        sondertryckte sondriga sonen sonens soner sonett sonhustru sonn sons sonson sont sopa sopade soppa
        soppan soppor soppskalen sorg sorgbrev sorgbundenhet sorgdrakt sorgefard sorgehuset sorgen sorgens
        sorger sorgesam sorgfalliga sorgfalligare sorgfalligaste sorgfallighet sorgfalligt sorglig sorgliga
        sorgligt sorgmodigaste sorgmodigt sorgse sorgsen sorgsenhet sorgset sorgsna sorj sorja sorjande
        sorjd sorjde sorjeklader sorjen sorjer sorjt sorl sorlade sorlande sorlet sorm sormland
        sormlandsgodset sorn sorplar sort sorten sortens sorter sorterade sorters sorts sota sotaktig sotar
        sotarfrun sotaste sote sotenas sotflammiga sotma sotnos sotsaker sotsurt sott sottiser sova sovande
        sovde sovdes sover sovit sovo sovrum sovrummen sovrummet spad spada spadar spadare spadaste spadde
        spade spader spaderdam spades spak spaka spakt spana spanade spanadsgummor spanande spanat spand
        spanda spande spandes spandt spaning spaningen spanmal spann spanna spannande spanner spanning
        spanningen spannmalen spansk spanska spanstig spanstighet spant spants spar spara sparade sparar
        sparat sparen sparet sparhund sparhundar sparka sparkad sparkade sparkar sparkassa sparkassorna
        sparkat sparlakan sparrad sparrade sparras sparsamhet sparsamhetsskal sparsamt sparstyfver
        spartanskt sparv sparvagn sparvagnarna sparvagnarnas sparvagnen sparvar sparvarna spasmer
        spasmodiskt spatsera spatserade spatserat spatserfard spatserrock spatt spcgel spcjadc
        specerihandlare specialisera specialisten specialitet specialstudier specie speciella speg spege
        spegehl spegel spegelbilden spegelbordet spegelglaset spegellada spegeln spegelyta spegla speglade
        speglades speglande speglar speja spejade spejande spejeri spektakel spektakelbiljett spektakeldagen
        spektakeltiden spektakler spektaklet spektoren spekulant spekulation spekulationer spekulationerna
        spekulera spekulerade spel spela spelade spelande spelar spelat spelbordet spelct spelen spelet
        spelevink spelfaglar spelkort spelman spelpartier spelsen spelte spelvardarna spenaten
        spenatkarotten spencer spens spenslig spensliga spets spetsade spetsades spetsar spetsen spetsglas
        spetsig spetsiga spetsigaste spetsigt spetskantade spetskrage spickeskinkan spik spiken spilla
        spilld spillda spilles spillning spillror spillrorna spiltorna spindel spindellika spindeln
        spindelnat spindelvav spindelvavar spindlar spindlarnas spinna spinnas spinner spinnerskans
        spinnrock spinnrocken spion spionera spionerade spionerat spira spirade spiralfjadrar spirande
        spirat spirituosa spis spisade spisat spiseln spiselvarmen spisen spiskanten spisvran spjall
        spjarnade spjerna spjernade spjut spjutsang spleen splitter spoet spoka spokade spokande spoke
        spokelse spoken spokeri spoklikt spokskepp spolen spoling spord sporer sporjande sporra sporrar
        sporre sport spotsk spotskt spotta spottade spottstyfver sprack spracklig sprackliga sprackt
        spracktes sprak spraka sprakade sprakande sprakas sprakbruk spraket sprakets spraklada spraklarare
        spraklig sprakliga spraksam sprang spranga sprangande sprangas sprangd sprangda sprangdes spranget
        sprangs spratt sprattar sprattlade spred spredo spredos spretade spretande spricka spricker sprid
        sprida spridas spridd spridda spridt spring springa springande springandes springare springbrunn
        springer springet springkaringar springorna springpojke springrer spriseglet sprit sprita spriten
        spritt spritta sprittande spritter sprittning sprittningen sprod sproda sprot sprott sprucken
        sprucket spruckit spruckna sprungit sprungo spruta sprutade sprutto spunnet spydigt sqvallersjuka
        sqvallra sqvalpa sqvalpande srapplar sraste ssterrikeochomexpedi staaff staaffs stack stackare
        stackaren stackarn stackarna stackars stacken stackrarna stackta stad stada stadad stadade stadadt
        stadar stadat stadd stadda staden stadens stader staderna stades stadfast stadfasta stadfastelsen
        stadgade stadgadt stadgar stadgat stadig stadiga stadigt stadigvarande stadium stadja stadning
        stadningen stads stadsbo stadsbor stadsdelarna stadse stadsflickan stadsflickorna stadsfullmaktig
        stadsfullmaktige stadspark stadsporten stadsvaning staende stafvade stagnelius staken staket
        staketet stal stalde stalklang stall stalla stallbroder stalld stallda stallde stalle stallen
        staller stallet stallgardens stallmastargarden stallmng stallning stallningar stallningen stallt
        stalt stalvisp stalvispen stam stamd stamde stamfranderna stamhall stamma stammade stammande stammar
        stammarna stammarnas stammas stammen stammer stammoder stammor stammornas stammors stammy stamning
        stamningen stampade stampla stamplad stamplade stamplades stamt stan stand standaktiga standaktighet
        standar standen standet standig standiga standigt standpunkt standpunkter stands stang stanga
        stangas stangd stangda stangde stangdes stangel stangen stanger stanglar stangsel stangseltagg
        stangt stank stankande stanker stankt stankte stanna stannade stannande stannar stannat stanny
        stannys stapel stapeln stapplande star stark starka starkande starkare starkast starkaste starkkrage
        starkkragen starkl starkt starkta stas stassen stat statar statardottern statarflickan staten
        statens station stationen stationer stationerna stations stationshallet stationshuset stationsinspek
        stationsinspektor stationsinspektoren statistiken statlig statliga statligt statsrad statstidningen
        statt staty stav stava stavad stavade stavarna stavning stavningsukas stcekars stearin stearinen
        steg stege stegem stegen steget stego stegrade stegrades stegrar stegras stegs steinlens stek steken
        stekos stekt stekta stekte stel stela stelbent stelfrusna stelfrusne stellan stellans stelnad
        stelnade stelnat stelt sten stenad stenade stenar stenarna stenarne stenbankar stenbilden stenbord
        stenen stenhammar stenig steniga stenlagd stenlaggning stenlaggningen stenrik stentrappan
        stentrappstegen ster steril sterila stetoskop stetoskopet stia stick sticka stickade stickan
        stickande sticker sticket stickor stickord stickstrumpan stiernhielm stif stifta stiftandet stiftar
        stiftare stiftat stiftelse stig stiga stigande stigar stigen stiger stigit stiktat stil stilen still
        stilla stillade stillande stillas stillastaende stillat stillhet stillheten stillhrt stillsam
        stillsamma stillsamt stiltje stim stimma stimulera stimulerar stina sting stinger stinkande stinn
        stir stirra stirrade stirrande stirrar stjal stjala stjalkar stjalkarna stjalpa stjarna stjarnall
        stjarnan stjarnans stjarnblommor stjarneljusen stjarnhimmel stjarnhimmeln stjarnklar stjarnljus
        stjarnogon stjarnor stjarnorna stjarnornas stjarnors stjerna stjufson stock stockade stockbolm
        stocken stockhohn stockholm stockholms stockholmsbekant stockholmsbo stockholmsflickornas
        stockholmsgasten stockholmsregemente stockholmsresan stockholmsrummet stockholmssocieteten
        stockholmsvistelse stockkonservativa stod stodd stodda stodde stode stoder stodet stodja stodjande
        stodjas stodo stodod stodt stoff stoffet stoflar stoflarne stoft stoftet stofthyddans stoftskyarna
        stoj stoka stokade stoket stol stolar stolarna stold stolen stollen stolpar stolparna stolpen
        stolskarmen stolt stolta stoltaste stolte stolthet stoltheten stoltserade stoltserande stoltserar
        stommen stona stonade stonande stop stopen stoper stopp stoppa stoppade stoppadt stoppar stoppat
        stor stora storande storartad storartade storartat storas storatande storbaten storbatens
        storbladiga stord storda storde stordes stordjur store stores storgubbar storhet storheten storheter
        storhets storkonungens storkyrkan storkyrkobrinken storlek storm stormade stormande stormar
        stormarne stormars stormasten stormat stormbyn stormen stormens stormfortjusta stormig stormiga
        stormigt stormodig stormodighet stormvanda storre storsh storsjoodjuret storskarmad storsta
        storstatlig stort storta stortade stortat stortsjo stortsjoarne stortskurar stortvatt storvaxt
        storverket storvuxna storvuxne stot stota stotande stotar stoten stoter stotrad stott stotta stotte
        stottes stotvir stotvis stovare stovla stovlar stovlarna stra strack stracka strackande stracker
        strackes stracket strackor strackt strackta strackte stracktes straf straff straffa straffad
        straffade straffande straffas straffat straffdom straffdomar straffet straffpredikan strafftal
        straft strafva strafvade strafvan strafvar strakars straken strala stralade stralande stralar
        stralat stralbrytning strale stramt stran strand strandade strandat strandbo strandbons strandbor
        stranden strandens strander stranderna strandernas strandmarken strandsatta strandvagen strang
        stranga strangar strangare strangarna strangaste strange stranghet strangnas strangt strat strav
        strava stravade stravan stravande stravar stravat stravpelare stravsamhet stravsamma stravsinta
        stravt strax straxt streber streck strecken strecket stred stretade stretande strid strida stridande
        stridde striden stridens strider stridig stridiga stridigheter strids stridsamne stridsbloss
        stridslust strimma strimman strimmat strimmiga strimmor strimmorna strindbergs stripiga stripigt
        stritt strlpe stro strodd strodda strodde strofer stroftag strofva strok stroko stroks strom stromma
        strommade strommar strommarna strommarnas strommen strommens stromparterren stror strott strova
        strovade strovat strovtag strukit struktur strumahals strumpeband strumpfotterna strumpor strumporna
        strunt struntgevar struntplank struntviktiga strupar strupe strupen strussenhielm strussenhielms
        strut strutsarna strutsarnas strutsen strutsens stryk stryka strykande strykas stryker strykning
        strypsjuka stubbe stucken stuckit stuckna stucko student studenten studenter studentkula studera
        studerade studerat studier studiet studiosi studsa studsade studsare studsaren stufvade stufvar
        stuga stugan stugans stugas stugor stugorna stugudorren stuka stulit stultade stultat stum stumd
        stumma stump stumpar stumpen stumt stund stundade stundande stunden stundens stunder stunderna
        stundligen stundom stundorm stunds stungit stungo stunkit stupa stupade stupande stupar stupfulle
        stursk stut stuvade stycke styckegods stycken stycket stycketl styf styfmunt styfrar styfsinte
        styfva styfvern stygg stygga stygge styggelse styggt stygn stympa stympad stympare styng styr styra
        styrande styrde styre styrelsen styret styrka styrkande styrker styrketar styrkt styrkte styrktes
        styrman styrmans styrrummet styrstang styrstangen styrt styv styva styvbarn styvdotter styvdottern
        styver styverhandeln styvfader styvfadern styvfar styvmodern styvmor styvmorsblom styvna styvnade
        styvrarna styvson styx subtila suck sucka suckadc suckade suckande suckar suckarna suckat sudda
        suddande suddar suddats suddiga sudlade sudlades sudlats sufflor suga sugande sugen suger suggskaft
        suit sujetter sukade sulor summa summan summo sund sunda sunden sundt sunnansuckar sunnanvinden sunt
        suntaltet supa suparna supe supeen supeer supen supera supige supit suput sura sure surmulen surrade
        surrande surrar surrat surt susa susade susande susar suset sutinera sutte suttit sutto svada
        svafvade svag svaga svagare svagas svagaste svage svager svagern svagerska svagerskan svagerskap
        svagerskas svaghet svagheten svagheter svaghetstillstand svagsint svagsinte svagt svajar sval svala
        svalan svalare svalde svalen svalg svalget svalja svaljde svalka svalkad svalkade svalkan svalkar
        svalkas svall svalla svallade svallamde svallande svallaren svalld svallda svallde svaller
        svallvagorna svalna svalnande svalnar svalor svalorna svalornas svalpar svalt svalta svamp svampar
        svampen svampiga svan svanar svandun svanen svang svanga svangandc svangande svangd svangda svangde
        svangeln svanger svangningar svangningstiderna svangrem svangremmen svangt svanklang svann svans
        svansar svansarna svansen svanslik svar svara svarade svarar svarare svararle svarast svarat svarata
        svard svarden svardet svardotter svardsliljan svaren svaret svarfar svarh svarhanterligt svarighet
        svarigheten svarigheter svarigheterna svarl svarligen svarligt svarm svarma svarmade svarmande
        svarmar svarmat svarmeri svarmisk svarmiskt svarmod svarmoder svarmodig svarmor svarmors svarntiskt
        svars svarslos svarson svart svarta svartad svartare svartaste svartat svartens svartglansande
        svartgra svartgraa svartgrona svartharig svartkladd svartkladda svartkritsforstoring svartmalade
        svartmaltat svartnad svartnat svartrock svartrokt svartsjo svartsjuk svartsjuka svartsjukan
        svartsjuke svarv svarvade svarvstol svassande svava svavade svavande svavar svavat svcn svcrige svea
        sved sveda svedan svedd svedda sveddes svedo svek sveko sveks sven svennen svens svensk svenska
        svenskar svenskarna svenskt svepa svepande svepning svept svepte sverige sveriges svett svettas
        svettats svettdunster svetten svida svidande svider svigta svigtande svika sviken sviker svikit
        svikt sviktande svimma svimmat svimningsanfall svinaktiga svindel svindlade svindlande sving svinga
        svingade svinna svinner sviskon svit svor svullen svullna svullnade svulst svultit svunna svunnit
        svunno svuro sybagar sybagen sybord sydamerika sydde sydhavspalm syfilidologi syforening
        syforeningens syftar syfte sykorg sykorgen sylf sylfers sylt syltburkar syltburks sylvia symaskinen
        symaskinerna symbol symbolen symboliska symfoni symmetriska sympati sympatien sympatier
        sympatiserande sympatisk sympatiske symptom symtom syna synade synagogan synas synbar synbara
        synbarligen synbart synd synda syndabikt syndade syndaflod syndare syndat syndedag synden syndens
        synder syndfulla syndig syndiga syndigt synen syner synes synformaga synglas synlig synliga
        synmamsellen synnerhet synnerliga synnerligast synnerligen synnerligt synpunkt synpunkten synpunkter
        syns synslos syntes syntetiskt synts synvilla synvinkel syperb syperbt syra syraks syrener syrenerna
        syrenhack syrentraden syrinx syrliga syrligt syrmerhet syrprisen syrpriser syrtut syrtuten sysaker
        syskon syskonen syskonkarlek syskonringen syskonsjal syskonskara syskontycke syskrin syssel
        sysselsatt sysselsatta sysselsatte sysselsatter sysselsattning sysselsattningar syssla sysslade
        sysslar sysslat syssling sysslo sysslolos syssloloshet sysslolost sysslor systemet syster
        systerdotter systerhovmastarinnan systerliga systern systerns systers systerson systrar systrarna
        sytt tabla tablan tableau taburett tack tacka tackad tackade tackar tackare tackars tackas tackat
        tackel tackelset tacken tackes tacket tackladt tacklaget tackling tacklos tacks tacksagelse
        tacksagelser tacksam tacksamhen tacksamhet tacksamheten tacksamhetsforbindelse tacksamma
        tacksammaste tacksamme tacksamt tackt tacktes tackts tade tadel tadelfritt tadkte tadlade tadlar
        tafatt tafatta tafatte tafattheten tafla taflan taflor tafvelsamlingen taga tagandan tagas
        tagbygnaden tage tagel tageldynor tagen tager tages taget tagg tagga taggar tagit tagits taglet
        tagna tagpassagerare tags tagverket takasen takdroppet taken taket takets takfonstret taklampan
        takranna takrannan takrannoma takstolar takt takten taktpinnen tala talade talades taladt talamod
        talamodet talande talang talanger talar talare talas talat talde talen talesatt talet talets talg
        talgiga talig taliga talige taligt talis talisman talismanen taljande talla tallar tallarna tallen
        tallrik tallrikar tallriken tallskog talmikarlek talmodig talorgan talrika talriken talrikhet tals
        talt talte taltes tamburdorren tamburen tamburens tamlig tamligen tand tanda tandande tandas tande
        tander tanderna tandes tandlosa tandsticka tandvark tang tangen tangenterna tanger tangerna tanjas
        tank tanka tankande tankar tankare tankaren tankarna tankarnas tankarne tankas tankbar tankbart
        tanke tankefoljd tankegang tankekrets tanken tanker tankeruset tankesatt tankeverksamhet tankfull
        tankfulla tankfullt tanklosa tankloshet tanklost tanksamt tankspridd tankspridt tankspritt tankt
        tanktc tankte tant tants tapeten tapeter tapetstycken tappa tappade tappadt tappan tappar tappat
        tapper tappert tappra tapprare tara tarade tarades tarande tarar tararna tararne tard tarde taren
        tarens tarfliga tarflighet tarfuktade tarfylda tarfyllda tarkar tarlost tarm tarna tarnan tarnor
        tarogd tarogda tart tarta tartask tartbitarna tartor tartorna tarvar tarvatt tarvlig tarvliga
        tarvligare tarvligaste tarvligt taspetsarne tass tassa tassade tassande tassandet tassar tassarna
        tassla tata tatare tataste taten tatnade tatt tattomslutande taverna tavernens tavla tavlan tavlas
        tavlor tavlorna taxameter taxerades teater teaterbiljetter teaterkvallen teatern teaterns teaterpjas
        teaterpjaser teaterpjes teatersalong teatersalongen teaterscenerna teaterstycke teatervasende
        teatrarnas tebordet tecken teckna tecknad tecknade tecknadt tecknar tecknat tecknen tecknet teckning
        teckningar teckningen tedde teddybjorn teddybjornen teet tefat tefatet tegat tegel tegelrott
        tegeltorn teglen tegner tego tekanistern tekok tekopp tekoppar tekoppen telefon telefonen telefonera
        telefonerade telefonerar telefonstationen telefontrad telefontradarna telegramstil telning telsen
        tema temligen temligt tempel tempeltjanares tempeltun templet tempo temps tendens tenn tennsoldat
        tennsoldaten tenntallrikar tens teodor teofilius teologer teologiska teoretiska teosofi teresa
        teresas terlosaren term termer terminen termometern ternstrom ternstroms ternstrorm terrassen
        terrier terriern terrierns tesen tesked test testa testamente testamentel testamentera testamentet
        testamentets testamentsaffaren testamentsfragan tete tetimmen tevattnet texten thanatophilander
        theol therese thomas thyren tibastgren tiber ticka tickade tickan tickande tickar tidcns tiden
        tidender tidens tider tiderna tidernas tiders tidevarv tidevarvs tidig tidiga tidigare tidigast
        tidigt tidlos tidning tidningar tidningarna tidningarnas tidningen tidningsblad tidningskanten
        tidningskontoret tidningspacken tidningspojke tidningsurklipp tidpunkt tidrn tids tidsfordriv
        tidskrift tidskrifterna tidspillan tidsutsikter tidtals tiga tigande tiger tigern tigga tiggande
        tiggaraktig tiggare tiggarland tiggde tigger tiggt tigt tiil tiitt tili till tillade tillades
        tillaga tillagat tillagda tillagg tillagga tillaggas tillagger tillagget tillamnade tillampade
        tillampas tillandalupna tillarnade tillarnar tillat tillata tillatas tillate tillatelse tillatelsen
        tillaten tillater tillatet tillatit tillatna tillato tillbaka tillbakahalla tillbakalutad
        tillbakalutat tillbakasand tillbakaskjuten tillbakastruket tillbakavisa tillbalka tillbattre
        tillbedjan tillbedjande tillbedjare tillbedjares tillbehoret tillber tillbett tillborlig tillborligt
        tillbragt tillbragte tillbragtes tillbringa tillbringade tillbringare tillbud tilldelad tilldess
        tilldraga tilldragande tilldragelse tilldragelser tilldrog tillfalle tillfallen tillfaller
        tillfallet tillfallig tillfalliga tillfallighet tillfalligheten tillfalligheter tillfalligt
        tillfalligtvis tillflykt tillflyktsort tillfogad tillfogade tillfogat tillfoll tillforordnad
        tillforsigt tillfreds tillfredss tillfredsstald tillfredsstalda tillfredsstalla tillfredsstallande
        tillfredsstalld tillfredsstallde tillfredsstalldes tillfredsstallelse tillfredsstallelsen
        tillfredsstallt tillfrisknad tillfrisknade tillga tillgang tillgangar tillganglig tillgifne
        tillgifva tillgifvenhet tillgivenhet tillgjord tillgjorda tillgjort tillgodonjuta tillhall tillhanda
        tillhandakommet tillhjalp tillhka tillhopa tillhor tillhora tillhorcle tillhorde tillhorighet
        tillhorigt tillhort tillhugget tillhygge tillika tillintetgjord tillintetgora tillit tillitsfullt
        tillkalla tillkallandet tillkanna tillkannagafvo tillkannagav tillkannagavo tillkannager
        tillkannagifva tillkannagiva tillkom tillkommande tillkommit tillkommo tilllagas tilllaglt tillmaten
        tillmater tillmotesgaende tillnamnet tilloaka tillokning tillokta tillracklig tillrackliga
        tillrackligt tillraknade tillrakne tillrana tillrattavisning tillreda tillredd tillredelser
        tillredelserna tillreder tillrop tillrustningar tillrustningen tillryggalagt tills tillsade
        tillsades tillsag tillsaga tillsagelse tillsagt tillsam tillsamman tillsammans tillsandas tillsandt
        tillsats tillse tillskapade tillskott tillskrev tillskriv tillskriva tillskrivas tillslot tillslots
        tillsluter tillslutit tillslutna tillsnorpta tillspetsade tillsta tillstades tillstadja tillstalld
        tillstallning tillstallningar tillstallningen tillstallt tillstand tillstandet tillstandigt tillstar
        tillstod tillstotande tillstyrkt tillstyrkte tillstyrt tillsvidare tillsyn tilltagande tilltagen
        tilltaget tilltagsenhet tilltala tilltalade tilltalande tilltankta tilltankte tilltappt tilltog
        tilltogo tilltrott tilltygad tillvaro tillvaron tillvarons tillvaxt tillverkad tillvridet tilt
        timglaset timjan timliga timligheten timma timmai timmar timmarna timmarne timmars timme timmen
        timmergesall timmerstockar timmes timrades timrar tinade tinan tinande tindra tindrade tindrande
        tindrar ting tingar tingen tingens tingestar tingesten tingsgoromalen tinktur tinning tinningar
        tinningarna tinningen tintomara tiobedjande tiodubbelt tiodubblades tiofaldigt tiokamp tion tionde
        tioner tior tiotal tiotiden tiotusental tisdag tisdagen tisdagsaftnar tisdagsaftnarna tiska tiskt
        tissla tisteloborna tisteloherrskapet tistelon tistelons tistelopacket tistelorosen titel
        titelbladet titeln titelsidan titet titlarna titta tittade tittande tittar tittat titulerades tjall
        tjana tjanade tjanande tjanar tjanare tjanaren tjanares tjanarinna tjanarna tjanat tjanlig tjanliga
        tjanligt tjanst tjanstaktig tjanstaktighet tjansteande tjansteflicka tjansteflickans tjanstehjon
        tjansteman tjanstens tjansteplikter tjanstetid tjanstflic tjanstflicka tjanstflickan tjanstfolk
        tjanstfolket tjanstgjorde tjanstgor tjanstgora tjanstgoring tjanstvilliga tjanstvilligt tjante tjara
        tjarn tjarnan tjarnen tjenade tjenar tjenare tjenarinnan tjenat tjenligast tjenst tjenstaktig
        tjenstaktighet tjenstaktigt tjenstebefattning tjenstefolk tjenstefolket tjensteman tjenstemannen
        tjensten tjenstepligt tjenster tjenstflicka tjenstfolk tjenstfolket tjenstgorande tjenstgoromal
        tjent tjock tjocka tjockare tjocknar tjockt tjog tjot tjoto tjugo tjugonde tjugu tjuguandra
        tjuguaren tjuguarig tjuguarige tjuguatta tjuguett tjugufem tjugufemte tjugufjerde tjuguforsta
        tjugufyra tjugufyraskilling tjugunio tjugutre tjugutredje tjugutva tjurpannan tjusad tjusade
        tjusande tjusats tjuserska tjust tjusta tjut tjutande tjuter tjuv tjuvar tmdvek tnmma tnmt toalett
        toalettbordet toaletten toalettens toar tobak tobaksindustrien tobaksroken tobaksrullen tocke tocken
        tockholm tockna tocknet toddar toddy toddyar toddyglas toffel toffelkladda toffeln tofflor tofflorna
        tofs tofterna tofvade toga toge togo togs tokig tokiga tokigt tokorna tokroligheter tolf tolfte
        tolfva tolfvor tolka tolkade tolpaktigheten tolpen tolv tolvskilling tomda tomde tomernas tomhanta
        tomhet tomhetens tomma tommer tomrum tomrummet tomt tomte tomten tomter tomtormar tona tonade
        tonaren tonart tonen toner tonerna tonfall tonfallen tonfallet tongangar tongivande tonigt tons
        tonserie topp topparna toquen tora torblad torblads torcl tord torde tordes tords toren torens
        torfbank torftiga torftigt torfvorna torg torgen torget torgets torgpriserna torhanda torka torkade
        torkades torkvinden torn torna tornas tornbergs tornet tornets tornig tornroskrans tornrosor tornrum
        torns torp torparkok torparson torr torra torrare torrhosta torrt tors torsdag torsdagen torsdags
        torsk torst torstade torstig torstigt tortyr torv torva torvbanken tosing tosingen tossene total
        totalt tous toute tovader tovsjunga traarkitektur trabank traben trabryggan track trad trada tradar
        tradarna tradde traden tradens tradet tradgard tradgardar tradgardarna tradgarden tradgardens
        tradgardsfonster tradgardsmastarebvggningen tradgardsmaster tradgardssoffa tradgardstappa
        tradgardstappan tradgren tradgrenar tradition traditionens traditioner tradknapparne tradkrona
        tradkronorna tradkronornas tradnystan tradrot tradrotter tradsliten tradsmala tradstam tradstammen
        tradt tradtopparna traffa traffad traffade traffades traffar traffas traffat traffats trafiade
        trafiken trage tragen traget tragisk tragiska tragiskt tragna tragnast trahinken trahus trak traka
        trakassera trakig trakiga trakigaste trakigt trakt traktade traktar traktater trakten traktens
        trakter traktera trakterade trakterna trala tralada traladan tralar tralinna trallif trampa trampade
        trampan trampar trampas trampat trampats trampet tran trana tranad tranade tranande trancherade
        tranebergsbro tranen trang tranga trangande trangaste trangde trangdes tranger trangmal trangre
        trangs trangseln trangt trankbar trankilisera trankiliserad tranlampas tranmatta transjuk transport
        transporterad trap trapp trappa trappam trappan trappans trappfonstren trappfonstret trappor
        trapporna trapprummet trapprummets trappsteg trappstegen trappsteget trasa trasig trasiga trasigt
        trask traskade trasmatta trasmattorna trasnitt trasor trasorna trassel trassla trasslade trasslar
        trassligt trast trastubbe trata tratobroder tratt tratten trav treariga trearsgamla tredje
        tredjedelar tredubbelt tredubbla trefalt treflig trefliga trefligare treflige trefligt trefnad
        trehundra trekarl trekarlsvanner trenne treriksdalerssedel treskilling tresse tretal tretiden
        trettio trettioarsaldern trettiofem trettiofemte trettiosex trettiotre trettiotreariga trettiotva
        trettitre tretton trettonde tretumsspik treva trevade trevande trevar trevlig trevliga trevligare
        trevligaste trevlige trevligheten trevligt trevnad triangel triangeln triangelns tribun trifdes
        trifs trifvas trika trikaer trilla trillade trinde trippa trippade trippande trippat trist triste
        triumf triumfer triumferade triumferande trivas trivdes trivs trivsamt trivts troddc trodde troddes
        troende troenden trofast trofasta trofaste trofasu trog troga troge trogen troget troghet trogna
        trogne trogtankt trohet troheten trohjartade trohjartat trohjertade troja trojan trojor troligaste
        troligen troligt troligtvis troll trolla trollade trollats trolleri trolleriprofessorernas trollet
        trollgubben trollguldet trollkarl trollmans trollmor trollpacka trollsagan trollspegel trolofning
        trolofvad trolos trolsk trolska trolskt tron trona tronade tronen tronens tronfoljare trons tror
        tros trosartikel trosartiklar troska troskaren troskel troskeln trost trosta trostad trostade
        trostande trostar trostat trosten trostfull trostfulla trostlos trostlosa trostlost trostrika
        trostrike trostrikt trotjanaren trots trotsa trotsande trotsat trotsig trotsiga trotsigt trott
        trotta trottade trottande trottar trottat trotte trottflugen trotthet trottna trottnade trottnande
        trottnat trottoaren trottoarerna trottoarkanten trottsam trottsamma trottsamt trovardig trovardiga
        trovardigheten trovardigt trubbig trubbiga trubbigt trubbnasa trugade trugat trumma trummade trumman
        trummar trumpen trumpet trumpeten trumslag trupp truppen trupper trut truten trvckning tryck trycka
        tryckande trycker trycket tryckning trycksvarta tryckt tryckta tryckte trycktes trygg trygga tryggad
        tryggaste trygghet tryggt tryta tugga tuggade tuggan tuggande tuggar tukt tukta tuktade tuktar
        tuktodikten tuktomastare tull tullar tullen tullforsnillning tullforvaltare tullforvaltaren
        tullforvaltarens tullforvaltarn tullforvaltarns tullforvalterskan tullforvalterskans tullfri
        tulljakt tulljakten tulljaktens tullkammare tullkammaren tullkammarn tullskrifvare tullskrifvaren
        tullsnok tullsnokarne tullstyrelsen tulltjensteman tullvaktmastare tullvaktmastarens tullvasendet
        tulma tulpaner tultade tulubb tulubben tumla tumlade tumlar tumlare tumlat tummen tung tunga tungan
        tungas tungel tungor tungsinta tungsinthet tungt tungus tunn tunna tunnan tunnare tunnas tunnbindare
        tunnbindars tunnbrods tunnor tunnorna tunnvalv tunt tupp turade turen turer turistsmaken turken
        turkisk turkiska turmmen turturduvor turvis tusan tusch tuschritningen tusen tusenfalt tusentals
        tutade tutande tuva tuvahisto tuvan tuvig tuvor tvaa tvadubbla tvagen tvagning tval tvalfatet tvang
        tvanget tvangsarbete tvanne tvar tvarbjalkar tvaren tvariksdalers tvariksdalersedel
        tvariksdalerssedel tvars tvarsakert tvarsigenom tvarsover tvarsovet tvarstannade tvart tvartemot
        tvartom tvartystnade tvatt tvatta tvattad tvattade tvattas tvattat tvattbalja tvattbunken tvatten
        tvattfat tvattrakningen tvattstallet tvattstugan tvavaningshus tvehagsenhet tveka tvekade tvekan
        tvekande tvekat tveksam tveksamt tvenne tver tvetydig tvetydiga tvetydigheter tvetydigt tvifla
        tviflande tviflar tviflets tvifvel tvillingsjal tvillingsyster tvina tvinade tvinande tvinga tvingad
        tvingade tvingades tvingar tvingas tvingat tvinsjuka tvinsjukt tvinsot tvist tvista tvisten tvivel
        tvivelaktigt tvivla tvivlade tvivlande tvivlar tvivlet tvungen tvunget tvungna tyck tycka tyckas
        tycke tycken tycker tyckes tyckles tycks tyckt tycktc tyckte tycktes tyda tydande tydde tydelse
        tyder tydlig tydliga tydligare tydligen tydlighet tydligt tydt tygel tygellost tygeln tyger tygerna
        tyget tyglade tyglar tygstovlar tygstuvar tygstycken tyko tynga tyngd tyngda tyngden tynger tyngre
        typiske tyrann tyrus tysk tyska tyskarna tyskland tyskt tyst tysta tystade tystare tysthet
        tysthetslofte tystlaten tystlatenhet tystna tystnad tystnade tystnaden tystnadens tystnar tystnat
        tyvarr udda uddas udde udden uddvassa udergar uderhalla ugglor ugnen uilla ukulele ulla ullderklader
        ulle ullen ulliga ullsockar ullt ulrik ulster ultra ulvar umbaranden umbrien umbriens umdrande
        umgalla umgange umgangeslivet umgangesvanner umganget umgas umgatts umgicks umler undades undan
        undanber undandraga undandrar undandrog undanflykter undangomd undangomda undanrodja undanrojt
        undansparkade undantag undantaget undcrbart unde under underbar underbara underbart underbyggnad
        underfund underfundig underfundigt undergang undergangen undergatt undergifven undergifvenhet
        undergifvet undergingo undergivenhet undergivna undergorande underhall underhalla underhallande
        underhallen underhallit underhallningen underhandlingar underhandlingen underholl underhollo
        underjordisk underjordiska underkasta underkastad underkastade underkjol underklader underklass
        underkurer underkuvades underlagsen underlapp underlappen underlararinna underlararinnan underlata
        underlatit underlatta underlig underliga underligare underligt underliv underlivslidande
        underlojtnant underlojtnanten undermedvetna underordnad underordnade underordnar underratta
        underrattad underrattade underrattar underrattat underrattelse underrattelsen underrattelser
        underredet unders undersat undersatsig underskattar underskrift underskriften undersoka undersokas
        undersokning undersokningar undersokningen undersokningsbord undersokningsbordet undersokningsrum
        undersokningsrummet undersokt undersokte understa understod understrukna understryk understrykningar
        understundom understyrmannen underton undertrycka undertryckas undertryckt underverk undervisa
        undervisade undervisat undervisning undfalla undfallande undfallit undfly undfoll undga undgick
        undgingo undkomma undkommo undra undrade undran undrande undransvarda undransvart undrar undrat
        undsattning undseende undslapp undsluppit undsluppna undvara undvarit undvek undvik undvika
        undvikande undvikas undvikes unga ungar ungarna ungas ungdom ungdomar ungdomarna ungdomen ungdomens
        ungdomlig ungdomliga ungdomligt ungdoms ungdomsar ungdomsaren ungdomsblomman ungdomsfrojders
        ungdomskarlek ungdomskraft ungdomskraften ungdomslattsinne ungdomsminnen ungdomsrosorna
        ungdomssinnet ungdomsskaran ungdomstid ungdomsvaninna ungdomsvar ungdomsvorten ungdomsyran unge
        ungefar ungefarligen ungen ungersven ungherrar ungherrarna unghjort ungicks ungkarl ungkarlar
        ungkarlarna ungkarlars ungkarlen ungkarliga ungkarls ungkarlsbostad ungkarlsliv ungkarlslivet
        ungkarlslivets ungkarlsrum ungkarlssang ungkarlssoffa ungkarlsstandet ungmo ungmon ungmons ungskogen
        ungt uniform uniformen uniformer uniformerna uniformsmossa uniformsrocken unionens universitetet
        unken unkna unna unnade unnar upmann upmerksamhet uppa uppackning uppasser uppasserskan
        uppasserskorna uppassningen uppat uppatna uppatvanda uppbaddad uppbara uppblast uppblossande
        uppbrott uppbyggelse uppbyggelsebocker uppbyggelsestun uppbyggliga uppbyggligt uppdelats uppdiktad
        uppdrag uppdraga uppdragen uppdrager uppdraget uppdragit uppdragna uppdrivet uppdrog uppdukad
        uppdyka uppdykande uppe uppehall uppehalla uppehallande uppehalle uppehallit uppeholl uppenbar
        uppenbarade uppenbarar uppenbarat uppenbarelse uppenbarelser uppenbart uppendagat uppfanga
        uppfangade uppfangades uppfangat uppfann uppfarande uppfastade uppfatta uppfattade uppfattar
        uppfattat uppfattning uppfinna uppfinningsrikt uppfiskades uppflamma uppflammande uppflugen
        uppflyttade uppfodd uppfodda uppfodt uppfor uppfora uppforande uppford uppforda uppforde uppfordes
        uppfordrar uppfort uppfostra uppfostrad uppfostrade uppfostran uppfostrans uppfostrarinna uppfostras
        uppfostrat uppfostrats uppfratta uppfriska uppfriskade uppfriskande uppfriskar uppfriskat
        uppfriskningar uppfunna uppfunnit uppfylde uppfylla uppfyllande uppfyllandet uppfyllas uppfylld
        uppfyllda uppfyllde uppfyllelse uppfyller uppfyllt uppgaende uppgaf uppgav uppgavo uppgett uppgick
        uppgifna uppgift uppgiften uppgifter uppgingo uppgiven uppgivit uppgjorda uppgjorde uppgjort uppgora
        uppgorande uppgrafde upphafde upphallningen upphandlingar upphanga upphangda upphangde upphangdes
        upphavd upphet upphetsad upphetsade upphetsning upphettade upphettat upphitta upphjelpa upphofvet
        upphoja upphojd upphojda upphojelse upphojning upphojt upphora upphorande upphorde upphort upphov
        upphuggen uppifran uppiggad uppjagade uppkalla uppkallade uppkastad uppkastade uppkastades
        uppklattra uppklev uppkom uppkomma uppkommen uppkommit uppkop uppkrupen upplaga upplagade upplagande
        upplagd upplagga uppland upplands upplasa upplasningen upplast upplaste upplastes upplat upplata
        upplatit uppledsen upplefde upplefva upplefvadt upplefvat uppleva upplevat upplevde uppleve
        upplevelse upplevelsen upplevelser upplifva uppliva upplivad upplivade upplivande upplosande
        upplosas upplosning upplost upplosta upplyft upplyfta upplyftade upplyftande upplyfte upplyftes
        upplysa upplysning upplysningar upplysningen upplyst upplysta upplyste upplystes uppmana uppmanad
        uppmanade uppmanades uppmanande uppmanar uppmanat uppmaning uppmaningar uppmaningen uppmark
        uppmarksam uppmarksamhet uppmarksamheten uppmarksamheter uppmarksamma uppmarksammad uppmarksamme
        uppmarksamt uppmarksarnt uppmjukad uppmuntra uppmuntrad uppmuntrade uppmuntran uppmuntrande
        uppmuntrar uppmuntringar uppnadde uppnasa uppnatt uppoffra uppoffrade uppoffrande uppoffrar
        uppoffras uppoffrat uppoffring uppoffringar upprakna uppratade uppratt uppratta upprattad
        upprattelse uppratthalla upprepa upprepad upprepade upprepande upprepar upprepas uppreste uppretad
        uppretade upprifva upprigtig upprigtiga upprigtigt uppriktig uppriktiga uppriktigare uppriktigaste
        uppriktighet uppriktigt upprivna uppror upprorande upprord upprorda upprordbet upprorde upprordes
        upprordt upprorisk upproriska upproriske upprort upprycka uppryckande uppryckas uppryckt uppryckta
        upprymd uppsaga uppsagd uppsagningstid uppsala uppsalakamrat uppsalamane uppsalapoesien uppsande
        uppsandt uppsat uppsatt uppsatta uppsatte uppsatter uppseende uppsikt uppskakad uppskakande
        uppskatta uppskjuta uppskjutande uppskjutas uppskjutet uppskjutna uppskramd uppskramda uppskriva
        uppskriven uppslag uppslagen uppslaget uppslagna uppslitna uppslitsade uppslog uppsluka uppslukade
        uppslukades uppslukar uppslukas uppsluppen uppsluppet uppsnappa uppsnappat uppsoka uppsokte uppspadd
        uppspandt uppsparrade uppsprang uppspringande uppsta uppstalla uppstallda uppstallt uppstamma
        uppstandelse uppstar uppstatt uppsteg uppstego uppstigande uppstigit uppstigning uppstod uppstodo
        uppstofferad uppstruket uppsvalld uppsvallda uppsvallt uppsyn uppt upptacka upptackande upptackas
        upptacker upptacks upptackt upptackta upptackte upptackten upptackter upptacktsfard upptaga upptagen
        upptages upptaget upptagit upptagits upptagna upptankligt upptecknade upptecknat upptill upptog
        upptogo upptogos upptogs upptornade upptrada upptradande upptradda upptradde upptrade upptraden
        upptrader upptradet upptratt uppvackt uppvackte uppvacktes uppvagde uppvakna uppvaknande
        uppvaknandet uppvakta uppvaktad uppvaktningsdrakt uppvarmd uppvarmt uppvaxande uppvaxt uppvaxtar
        uppvecklades uppvikt uppvikta uppvisa uraldrig uraldriga urarta urblast urblekt urblekta urboetten
        uren urens urer uret urgamla urgammal urholka urladdade urmakarebaronen urmakaren urmakarens
        urmakartrall urmakeriet urmakeriprofessionen urmodig urmodiga urmodigt urna urringad ursakt ursakta
        ursaktade ursaktar ursakten ursakter ursinne ursinnig ursinniga urskilde urskildes urskilja
        urskiljas urskiljbara urskiljer urskillning urskilning ursprungligcn ursprungligen ursprungligt
        urtavla urtiden urtypen urval urverk usel uselhet uselt usla usling uslingarna uslingen utacklat
        utaf utan utandades utandas utanf utanfflr utanfor utanfore utanlaxan utanskrifterna utantill utas
        utat utav utbe utbedja utbekomma utbilda utbildad utbildadt utbildat utbjuden utblottade utblottat
        utbrast utbredd utbredda utbredde utbrista utbristande utbrot utbrott utbrotten utbrunna utbrunnen
        utbryta utbygda utbyggnaden utbyta utbyte utbytt utbytte utbyttes utdela utdelade utdelaren
        utdelning utdet utdod utdomd utdrag utdraget utdrog utdunstningen uteblef uteblev uteblifva uteblir
        uteblivande uteftcr utefter uteglomt utesluta uteslutande utestanga utestangd utexaminerad utfall
        utfaller utfarande utfard utfardad utfardade utfart utfarten utfast utfattig utflugen utflykt
        utflykter utflyttad utflyttade utfor utfora utforandet utforas utford utforda utforde utforligt
        utforsel utforska utforskat utfort utfragades utgaende utgang utgangen utgangna utgangspunkt utgar
        utgav utgava utgavan utgett utgick utgift utgifter utgifterna utgingo utgivit utgjorde utgjordes
        utgjort utgjuta utgjutelse utgjutelser utgjutit utgor utgora utgot utgrunda uthallande utharda
        uthardade uthardar uthardas uthardat uthardligt utifran utkallade utkampad utkasta utkastad
        utkastade utkik utkiksogon utkom utlagt utlana utlanade utlandet utlandska utlanning utlanta utlat
        utlatandet utlater utledsen utlofvade utlopp utlosning utlost utlovade utlupen utmanande utmarglade
        utmark utmarka utmarkelse utmarker utmarkt utmarkta utmarkte utmarscherande utmatas utmattad utmed
        utminutera utminuterades utnamdes utnamnd utnamner utnott utnyttjar utofva utofvade utofvandet
        utofvat utofver utom utomdess utomhus utomordentlig utomordentliga utomordentligt utomstaende utova
        utovade utovar utovat utover utpeka utpekad utpekat utpinad utplana utplanade utplanar utplanas
        utplanat utpresserska utraknad utraknade utraknat utrakning utrakningar utratta utrattade utrattat
        utreda utrikes utrikesminister utrokt utrona utront utrop utropa utropade utropet utropstecken
        utrusande utrustad utrustat utrycka utrymda utrymme utrymmet utsade utsaga utsago utsagt utsatt
        utsatta utscende utsedd utsedda utseende utseendet utseendets utsigt utsigten utsigter utsikt
        utsikten utsikter utsikterna utsiktsplats utsirad utsirade utsirat utskammas utskickad utskjutande
        utskratta utskrattad utskriken utskyndande utslackt utslag utslagen utslaget utslagna utslar
        utslatat utsliten utslitet utslitna utslockna utsokt utsokta utspana utspanat utspanda utsparkad
        utsparrade utspelats utspokade utspridt utspringande utspritt utspunnen utstaende utstalld utstandna
        utstatt utstickande utstod utstott utstotta utstottes utstrackas utstrackt utstrackta utstrackte
        utstraladc utstralade utstroddes utstrommar utstrommat utstuckit utstyrd utstyrda utstyrt utsvalt
        utsvavande utsvulten uttaga uttages uttagna uttal uttala uttalade uttalades uttalandet uttalar
        uttalas uttalat uttalet uttamt uttanjda uttanka uttankt uttog uttomda uttomt uttorkade uttorkat
        uttrotta uttrottad uttryck uttrycka uttrycker uttrycket uttryckligen uttrycksfull uttrycksfulla
        uttrycksfullare uttrycksfullt uttrycksfylla uttryckssatt uttryckt uttryckte uttyda uttydas utur
        utvag utvagar utvagen utvald utvalda utvalja utvanda utvandring utvandringar utvandringarna
        utvardshus utvardshusen utvartes utveckla utvecklad utvecklade utvecklades utvecklar utvecklat
        utvecklingen utverka utvidga utvidgas utvidgningar utvisade utvisar vack vacka vackar vackarklocka
        vackarklockan vackas vackelse vackelsen vacker vackert vackes vackla vacklade vacklande vacklar
        vackra vackrare vackrast vackraste vackre vackt vackta vackte vacktes vadade vadan vadar vadat vade
        vaden vader vaderbitet vaderbitna vaderetrosalva vaderhanen vaderhorn vaderil vaderkistan vaderkorn
        vaderkvarn vaderkvarns vaderna vaderstreck vadis vadja vadjande vadlig vadliga vadmal vadmals
        vadmalsoverdrag vador vadra vadrade vadrande vadrars vadras vadret vadring vadstenaatt
        vadstenaliljan vadur vafen vaff vafnaden vafva vaga vagade vagant vagar vagarna vagat vagde vagdes
        vagen vager vagfolk vagform vagg vagga vaggade vaggamde vaggan vaggande vaggar vaggarna vaggarne
        vaggat vaggen vaggfast vaggklockan vaggskap vaggskapet vaghalsiga vagigt vagkanten vagn vagnar
        vagnarna vagnen vagnshjul vagor vagorna vagornas vagra vagrade vagran vagrat vagsamma vagskal
        vagskalar vagskalen vagspel vagstycke vagt vagvill vaja vajade vajande vajar vajde vaka vakade vakan
        vakandet vakar vakas vakat vaken vaket vakllen vakna vaknade vaknar vaknat vakne vaksamhet vaksamma
        vaksamme vaksamt vakt vakta vaktande vaktar vaktare vaktarinna vaktarinnan vaktas vaktel vakten
        vakter vaktmastare vaktmastaren vaktmastarn vaktparad vaktpatrull valan valartad valbargad
        valbefinnande valbehag valbehagligt valbehallen valbehovlig valbekant valbekanta valbestald
        valbetankta valbildad valborg valborgselden valborstade vald valda valdaste valde valdfora valdig
        valdiga valdige valdigt valdsam valdsamma valdsamt valdsmannen valdt valdtakt valerius valet
        valfagnad valfard valforhallande valforstandiga valgang valgarning valgerning valgerningar
        valgerningen valgorande valgorare valgorares valgorenheten valgorenhetsinrattning valgrundade
        valhant valja valjande valkand valkanda valkar valkladd valkommande valkommen valkomna valkomnade
        valkomnande vall valla vallack vallagade vallar vallat vallde vallerskans vallgossen valling
        vallingen valljudande vallmo vallmoklanning vallmorott vallukt vallust vallusten vallustens
        valmaende valmaga valmanikurefade valmanikurerade valmenade valmenande valmening valmeningen
        valmenings valment valmenta valmoten valnad valnader valnot valnotskap valp valpar valplatsen vals
        valsigna valsignad valsignade valsignande valsignar valsignat valsigne valsignelse valsignelsen
        valstand valstandet valt valta valtalare valtalig valtaliga valtalighet valtankande valthorn
        valthornet valtra valtrade valtrat valurnan valuta valv valva valvagnad valvand valvaxt valvda
        valvde valven valvilja valviljans valvillig valvilliga valvilligt valvsegel valvt vamjelse vamjelsen
        vana vanan vanarans vanaras vanartig vand vanda vandades vandande vandas vande vandel vander vandes
        vandla vandning vandningar vandningen vandpunkten vandra vandrade vandrande vandrar vandrare
        vandrarn vandrat vandring vandringar vandringarne vandringen vandringsman vandringsmannen
        vandringsstaven vandt vane vanfasta vanfor vanhederligt vaning vaningar vaningen vaninna vaninnas
        vaninnor vanja vanjer vanka vankade vankades vankas vankelmod vankfri vanlig vanliga vanligare
        vanligaste vanlige vanligen vanlighet vanligheten vanligt vanligtvis vann vannar vannen vannens
        vanner vannerna vannernas vanners vanor vans vansinne vansinnig vansinniga vansinnige vansinnigt
        vansinning vanskap vanskapens vanskaplig vanskapliga vanskapligaste vanskapligt vanskaps
        vanskapsbefattning vanskapsforbindelse vanskapsforhallande vanskapsfulla vanskapsfullt
        vanskapstjansten vanskapt vanskapte vansklig vanskliga vanslagtas vanstalde vanstalla vanstalld
        vanstallda vanster vanstra vant vanta vantade vantades vantan vantande vantans vantar vantarne
        vantat vantetiden vantjenst vantpengar vantrummet vanvett vanvettig vanvettigt vanvordigt vapen
        vapet vapnen vara varade varaktiga varaktighet varan varande varandr varandra varandras varann varar
        varardra vararna varars varas varat varav varbacken varblommor vard varda vardad vardade vardagarna
        vardagen vardagens vardaglig vardagliga vardagligt vardags vardagsklanning vardagslag vardagsliv
        vardagsmuntert vardagsrum vardagsrummet vardagssaker vardagsskjortan vardai vardande vardanstalt
        vardar vardarinna vardarinnans vardarinnas vardat varde vardefull vardefulla vardefullare vardelos
        vardelost varden vardepapper vardera varderad varderade varderar vardet vardetmojligt vardfolket
        vardig vardiga vardige vardighet vardigllet vardigt vardinna vardinnan vardinnans vardman vardmans
        vardshus vardshusen vardshuset vardskapet vardslig vardslos vardslosa vardslosad vardslosat
        vardsloshet vardslosheten vardslost vardt vardtecken vare varefter varelse varelsedrift varelsen
        varelsens varelser varelserna varelsernas varemot varen varenda varens varer varest varf varfloder
        varfor varfrusalg varhimmel varhimmeln vari variant varibland variden varie varierade varifran
        varigenom varit varja varjan varjde varje varjehanda vark varka varkarna varken varkeo varkok varkte
        varkvallar varld varldar varldarna varldarnas varlden varldenes varldens varldsaskadning
        varldsberomdhet varldshaven varldshistoria varldshistoriens varldslig varldsliga varldslighet
        varldsmannens varldsmaskineriet varldsmedborgaren varldsordningen varldsvimlet varliga varligt
        varloksgul varluften varm varma varmande varmare varmas varmaste varmc varmde varmdes varme varmed
        varmen varmens varmer varmorgon varmt varn varna varnagel varnande varnar varnat varning varningar
        varningen varnlosa varom varor varorna varpa varr varre vars varsalg varsam varsamma varsamt varse
        varseblef varseblefvo varseblev varsebli varseblir varseblivit varsel varsidan varskuggor varsnade
        varsnat varst varsta vart vartannat vartdera vartenda varthan vartid vartill varulager varunder
        varuti varv varvar varvas varvid varvind vasabron vasande vasaprinsens vasar vasasvenskt vasen
        vasende vasendet vasenla vasens vasentlig vasentliga vasentligen vasentligt vaser vaserna vaska
        vaskan vasken vasnades vass vassa vassade vassen vassror vasst vast vastar vaste vasten vaster
        vastergotland vasterns vastficka vastfickan vastgotaturen vastkustprastens vata vatt vatte vatten
        vattenbutiken vattendroppar vattenglas vattenglaset vattenhink vattenkamla vattenkannan
        vattenkaraffin vattenkaraffinen vattenledning vattensoppa vattentata vattentunna vattenyta
        vattenytan vattern vattna vattnade vattnar vattnas vattnat vattnen vattnet vattnets vattniga
        vattningen vattrad vava vavarna vavd vaven vaver vaverskan vavning vavsalen vavstol vavstolar
        vavstolen vavstycken vavts vaxa vaxade vaxande vaxdocka vaxduken vaxel vaxelmyntet vaxelomsattning
        vaxelvis vaxer vaxgult vaxla vaxlad vaxlade vaxlades vaxlande vaxlar vaxlat vaxlingar vaxt vaxte
        vaxten vaxter vaxtslag vcck vcttig vdelse veck vecka veckade veckan veckas vecken vecklade vecklas
        vecklat vecko veckodagarna veckor veckorafst veckorna veckors veden vederborlig vederborligen
        vederfaende vedergalla vederkvickelse vederlagga vederlaggning vedermalen vedermoda vedermodor
        vederqvicka vederstyggligaste vederstyggligt vedervardigt vedkorg vedkubbarna vedskutorna vedtra
        vegetation veitsdans veka vekar veke veklig veknande veknar vekt velade velat velin velocipedtavlan
        velom vember vemodig vemodiga vemodigt vemodsvar vems veno venster venstra venus verallt veranda
        verandan verandaracket verb verbena verbum verdslig verdsligt verk verka verkade verkan verkande
        verkar verkat verken verket verkhgen verklig verkliga verkligare verkligaste verkligen verklighet
        verkligheten verklighetens verkligt verksam verksamhet verksamheten verksamhetsraseri verksamma
        verksammaste verkstad verkstaden verkstalla verkstallande verkstallare verkstaller verkstallighet
        verkstalt verktyg verlappen verld verlden verldens verldsliga vers versen verser versrad versrader
        vester vesterut vestindiefarare vestindiefararen vestlig vestliga vestra vestvart veta vetande vetat
        vetdithanfordendargangen vete vetebulle vetenskapen vetenskapens vetenskaperna vetenskaplig
        vetenskapliga vetenskapsakademien vetenskapsman vetgirigare vetgirighet vetgirigt vetskap vett
        vettet vettig vettigt vettlos vettlost vexelvis vexlat vhlgar vice vichyvatten vicka vickan
        vickningar vida vidahorandet vidare vidblev vidbliva vidblivit vidden vidgad vidgade vidgades
        vidgande vidgar vidhalla vidhaller vidhanga vidhjartad vidkom vidkommer vidlyftig vidlyftiga
        vidlyftigare vidlyftigaste vidoppen vidoppna vidrig vidriga vidrigt vidror vidrora vidrorde
        vidskepelse vidt vidtaga vidtalade vidtalat vidtogo vidunder vidunderligt vieillissant vieux vifta
        viftade viftande viftning viftningar vigas vighet vigilans vigilansen vigselattest vigseln
        vigselringen vigtig vigtiga vigtigt viii viile vika vikarna viker vikingarne vikit vikt vikten
        viktig viktiga viktigare viktigaste viktigt viktor vila vilade vilan vilande vilar vilat vild vilda
        vildand vildander vildare vildarne vildaste vilddjur vilde vildhet vildheten vildmarkens vildt
        vildvin vili vilie vilja viljan viljas viljeakt viljes vilka vilkas vilken vilkens vilket vilkets
        vilkor vilkoren vill villa villan villande villastaderna villc ville villebrad villebradet
        villervalla villfarelse villfarelser villfarit villig villigt villkor villkoren villkoret villor
        villornas villovagar villradig villradiga viloplats vilse vilsekommen vilsen vilsna vilt vimla
        vimlad vimlade vimmelkantig vinbaren vinberg vinbuteljen vind vindande vindar vindarnas vindarne
        vinddrag vinddraget vinden vindens vindflakt vindil vindlar vindsdorr vindsdorren vindsgluggen
        vindskamma vindskammare vindskammaren vindskupa vindskupans vindslitet vindsrummet vindstilla
        vindstot vindstrappan vinens viner vinet vinets vinflaskan ving vingar vingarna vingarnas vingarne
        vingars vingen vinglade vingslag vingsus vinhandeln vink vinka vinkade vinkades vinkande vinkar
        vinkat vinkel vinkeln vinken vinklar vinklarna vinkning vinlistan vinn vinna vinnas vinner vinning
        vinnlaggandet vinslankar vinst vinsten vinstgivandc vinter vinteraftnarna vintergatans vinterhvila
        vinterhvilan vinterkusen vinterkvall vinterkvallar vinterlig vinterliggare vintermanaderna vintermat
        vintern vinternatt vinterns vinterorgel vinterqvarter vinterresa vinterskymning vintersnon
        vintertiden vintervarld vintrar vintrarna vintras vintriga vintrigt viola violas violbrun viole
        violer violerna violernas violett violetta violiner violoncell vippade vippstjarten vips vira virade
        virriga virrvarr virvel virvlade virvlande virvlar virvlat visa visad visade visan visande visans
        visar visare visarna visat visdom visdomens visdomstiden vise vises viset vishet vishetssprak vision
        visit visitationer visiten visiter visiterna visitkort visitkortet viska viskadc viskade viskades
        viskande viskar viskas viskat viskning viskningar viskningarna viskningen visky visligen visor
        visorna vispa vispade vispen viss vissa vissen visserligen visset visshet vissheten visslade
        visslande visslar visslet vissling visslingen vissna vissnade vissnande vissnar vissnat vissne visso
        visst visstc visste vissten visstump visstumpar vist vistades vistande vistandet vistas vistats
        vistelse vistelseort visthusdorren visthuset vita vitalis vitas vitdukat vitharig vithet vitkladda
        vitnade vitnande vitprickig vitriol vitskimrande vitskurade vitsord vitt vitten vittert vittna
        vittnade vittnande vittnar vittne vittnen vittnesmal vittutseende vivant vivendi vivo vivor vjta
        vlsst voila voix voll volym volymer vorda vordad vordade vorden vordig vordnad vordnaden
        vordnadsbjudande vordnadsfull vordnadsfulla vordnadsfulle vordsam vore voro vortbrodsskivor vosa
        vous vraarna vrak vraka vraker vraket vrakplundraren vrakte vral vralade vran vrar vred vrede vreden
        vredens vredgade vredo vresig vresigheten vresigt vrestornets vret vreten vrida vridande vriden
        vrider vridit vridning vristen vristerna vroks vudare vulgar vulgara vulkan vunna vunne vunnet
        vunnit vurm vurmerier vuxen vuxit vuxna vuxne vyssa vyssjat wagnerian wahl wahlbom wahlboms wahlhom
        walbergs waller wallin wenden wendens westervik wette wetterkranz wetterkvist wetterkvists wetzmann
        wetzmanns whisky whiskytoddar wien wienervalsen wilhelm willblad wille winblad winblads winters
        wuhlbom wunderhorn xerxes xiii xolvet xvii xviii xxii xxiii xxiv xxix xxvi xxvii xxviii xxxi xxxii
        xxxiii yaket yande yankees yarta ydre yfdes yfviga yktan ylldes ylle yllestrumpor ympas yngling
        ynglingaar ynglingar ynglingen ynglingens ynglings yngre yngs yngst yngsta yngste ynklig ynkliga
        ynkligt ynnest ynnestbevis yppa yppat ypperlig ypperligt yppersta yppig yppigt ypplyfte yrade yrar
        yraste yrde yrke yrken yrkesforbindlighet yrket yrsel yrseln yrvaken yrvaket yrvakna ytan ytlig
        ytliga ytligt ytter ytterklader ytterliga ytterligarc ytterligare ytterlighet ytterst yttersta yttra
        yttrade yttrades yttrande yttranden yttrandet yttrar yttras yttrat yttre yttryckte yuvaste yvas yvig
        yviga yvigt zarathustra zolo zuaver
        """#
}
