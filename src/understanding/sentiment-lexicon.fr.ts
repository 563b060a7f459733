// French sentiment lexicon written for Relais: everyday and social-media French (with and without
// accents; words are folded before lookup), the vocabulary of customer complaints, and the
// vocabulary of news about companies. Scores run from -4 to +4.
//
// Conventions: "word*" matches every word starting with "word" (keep prefixes long enough to stay
// unambiguous); "a_b" is a two- or three-word expression, matched before its words; plural and
// feminine endings (-s, -x, -e, -es) are stripped at lookup, so "content" covers "contentes".

export const FR_SENTIMENT: ReadonlyArray<readonly [number, string]> = [
  [4, `génial géniale excellent* parfait* magnifique* merveill* extraordinaire* fantastique* sublime*
       exceptionnel* incroyablement_bien adore adorer adoré adorons adorent j_adore top_du_top au_top
       chef-d_oeuvre bravissimo trop_bien trop_top trop_cool trop_beau trop_bon de_ouf génialissime formidable*
       fabuleu* époustouflant*`],
  [3, `super top bravo félicitation* felicit* excellent génialement ravi ravie enchanté enchantée heureux
       heureuse heureusement magnifiquement adorable* splendide* superbe* remarquable* impressionnant* brillant*
       réussi réussite* succès triomph* victoire* gagnant* parfaitement merci_beaucoup merci_infiniment
       mille_merci chapeau kiffe kiffer kif kiffé kiffant* cool coolos trop_fort énorme_merci bonne_nouvelle
       excellente_nouvelle grand_merci passionnant* formidable enthousias* émerveil* recommande_vivement
       je_recommande coup_de_coeur plaisir bonheur joie joyeu* aime_beaucoup amour love meilleur meilleure
       meilleurs génie`],
  [2, `bien bon bonne bons bonnes beau belle beaux belles joli jolie jolis agréable* content contente satisfait*
       sympa sympathique* gentil* aimable* efficace* rapide rapidement pratique* utile* intéressant*
       interessant* progrès progress* amélior* favorable* positif* positive optimis* espoir* prometteu*
       encourage* soulag* rassur* apprécie apprécié appréciable* apprecie recommande recommandé merci mercii
       thanks remercie remerci* aime aimé aimons aiment ador* fier fière fiers fières chouette nickel
       impeccable* irréprochable* fiable* serviable* réactif* reactif* réactivité accueillant* chaleureu*
       solidaire* solidarité soutien soutenir soutient soutiennent protège protéger protection sauve sauver
       sauvé sauvetage* récompens* lauréat* primé primée gagne gagner gagné remporte remporté record* essor
       croissance hausse_des_ventes ambitieu* engagé engagée engagement* exemplaire* inspirant* inspire facile*
       simple_et_efficace clair claire limpide* propre* sain saine sécurisé* vive vivement bienvenue bienvenu
       bienvenus félicite fête fêter célèbr* rigolo* drôle* marrant* mdr ptdr lol beauté belle_initiative réparé
       réparée réparation* résolu résolue réglé réglée débloqué remboursé remboursée confortable* délicieu*
       savoureu* gourmand* qualité_au_rendez-vous bon_rapport rapport_qualité_prix instructif* enrichissant*
       captivant* ludique* convivial* épatant* bluffant* respect respectueu* honnête* transparent* équitable*
       accessible* abordable* gratuit* offert* cadeau* avantage* bénéfique* performant* puissant* robuste*
       stable fluide* intuitif* ergonomique* valide valorise* bénéfici* boost* moins_cher moins_chère
       moins_chers moins_chères aide aidé aider entraide* bénévol* gagnant-gagnant wow waouh ouah youpi yes hâte
       vivement_demain pas_mal incroyable* idéal idéale ideal avancée* feu_vert salue saluons courageu* revivre
       adhère adhere j_adhère fait_sensation enrichi* inspir* best`],
  [1, `ok okay d_accord solution* innov* dynamique* correct* convenable* acceptable* normal_que ça_va
       pas_mal_du_tout rigole accélère* investit investissement* soutenu soutenue favorise* avenir découvr*
       découverte* rencontre* partage* partager ensemble confiance richesse unique propice* capable* survit
       éclaircie* à_fond plus_propre plus_vert plus_verte tranquille* calme* serein* patient* patience espérons
       espère espérer souhait* envie intéresse curieu* attentif* attentionné* compréhensi* vrai vraie juste
       équilibr* motivé* motivant* volontaire* facilement simplement mieux`],
  [-1, `bof mouais moyennement bizarre* étrange* compliqué* complique difficile* difficulté* lent lente lenteur*
        long_à attente attendre attends attend attendu retard* tard délai* cher chère chers coûteu*
        hausse_des_prix augmentation* augmente augmenter taxe* impôt* payer_plus dommage hélas malheureusement
        regret* regrette inquiet* inquiète inquiétude* inquiétant* préoccup* doute* douteu* peur craint*
        crainte* risque* risqué* fragile* faible* baisse* recul* chute chuter chuté ralentiss* perte* perd
        perdre perdu manque manquer manqué absent* absence* oubli* oublié oubliée critique* critiqué polémique*
        controvers* tension* conflit* grève* manif* bloqué bloquée blocage* bug bugs bugue bugué beug beugue
        panne* coupure* coupé coupée hs hors_service indisponible* déconnect* plante planté plantage* erreur*
        faute* souci soucis problème* probleme* pb galère* galérer embêt* ennui* ennuyeu* chiant* fatigu*
        lassant* lourd lourde pénible* agaç* agace irrit* triste* tristesse déçoit déception* décevant*
        décevante dommageable* insuffisant* limité* mitigé* discutable* contestable* sceptique* méfian* pollu*
        polluant* pollution* déchet* gaspill* sécheresse* canicule* incertitude* rejette rejeté rejetée
        suspendu* interdit interdite interdire interdiction* enterré* enterre désolé désolée drôle_de méconnu*
        menace* menacé* alerte* urgence* danger* dangereu* disparaît disparaître disparition* disparu*
        sans_réponse jamais_reçu plus_de_réseau plus_d_internet inélégant* contre divorce* vulnérab* loupé
        loupée louper larmes troll* refus* refusé refuse coincé* dénué* supprimer quitter_le_navire`],
  [-2, `mauvais mauvaise mauvaises mal mécontent* insatisfait* déçu déçue déçus déçues énervé* énerv* fâché*
        colère* furieu* en_colère marre ras_le_bol raz_le_bol saoul* soûl* gonflé* agacé* exaspér* ras-le-bol
        nul nulle nuls nulles naze* pourri* merdique* craint cramé bidon foireu* pitoyable* lamentable*
        médiocre* minable* catastroph* désastre* désastreu* fiasco* échec* échoue échoué raté ratée rater
        arnaque* arnaqu* escroc* escroquer* escroquerie* voleur* voleuse* vol volé volée voler mensonge*
        menteur* mensonger* ment mentent trompé* tromper* tromperie* abus* abusé* abusif* abusive injust*
        inadmissible* inacceptable* intolérable* insupportable* inexcusable* scandaleu* honteu* honte indigne*
        irrespect* incompéten* incapable* amateur* amateurisme incohéren* absurde* ridicule* grotesque* stupide*
        débile* con conne cons connerie* idiot* imbécile* crétin* abruti* bouffon* clown* guignol* connard*
        connasse* foutage foutent fout_de_nous se_fout moquer moque_de se_moquent mépris* méprisant* hautain*
        arrogan* impoli* désagréable* odieu* infect* dégueu* dégoût* dégout* dégoûtant* écoeur* répugnant*
        immonde* sale salement puant* horreur* horrible* affreu* atroce* terrible* épouvantable* effroyable*
        moche* nuisible* toxique* nocif* dangereux sinistre* tragique* tragédie* drame* dramatique* crise*
        chômage* licenci* faillite* fermeture* ferme_ses_portes délocalis* suppression* supprime supprimé
        précarité* pauvreté* misère* souffr* douleur* blessé* blessure* malade* maladie* mort mortel* morts
        meurt mourir tué tue tuer tueur* victime* violence* violent* agress* attaque* guerre* terror*
        destruction* détruit* détruire ravage* dégât* détériora* sinistré* inond* incendie* explos* accident*
        contamin* irradi* radioacti* fuite* marée_noire pollué* polluée* empoisonn* intoxi* pesticide* braconn*
        massacre* déforest* extinction* menacée* menacés en_danger en_voie_de_disparition dénonce* dénonciation*
        accus* condamn* plainte* procès* scandale* fraude* corruption* corrompu* complot* manipul* propagande*
        censure* recul_de renonce* renoncement* abandon* abandonné* trahi* trahison* lâche* lâcheté hypocri*
        démago* inutile* incompréhensible* illisible* inaccessible* injoignable* introuvable* impossible*
        jamais_arrivé jamais_arrivée jamais_livré toujours_rien aucune_réponse personne_ne_répond ne_répond_pas
        perdu_mon perdu_ma cassé cassée cassés endommagé* abîmé* défectueu* rayé hors_d_usage remboursez
        remboursez-moi rendez-moi honteusement gâchis nuisance* tueuse* défigur* délire délirant* hérésie*
        rétrograde* pilori illégal* illégalement magouill* dysfonctionn* pénalis* décapit* tempête* intempérie*
        vigilance_rouge vent_debout péril* défaveur aversion* aggrav* échou* tocard* malaise* mise_en_demeure
        alarm* compromission* indécen* flagrant_délit piège* piégé* déconseill* sacrifi* chialer sans_défense
        aucune_honte sans_honte sans_scrupule* n_importe_quoi fail epic_fail wtf beurk berk argh grr pfff pff
        bordel merde putain chier fait_chier emmerde* emmerdant* relou* gavé* saoulé soulé`],
  [-3, `horrible exécrable* détestable* déteste détester détesté détestent hais haïr haine* haineu* dégoûté*
        dégoûtée écoeuré* révoltant* révolté* indignation indigné* scandalisé* choqué* choquant* consterna*
        catastrophique* honteux honteuse lamentable pire pires la_pire le_pire du_jamais_vu plus_jamais
        jamais_plus fuyez à_fuir boycott* arnaqueur* voleurs escrocs menteurs ordure* enfoiré* salaud* salop*
        merde_de la_honte quelle_honte c_est_une_honte service_client_nul service_nul zéro nul_à_chier tueur
        tuerie* meurtr* assassin* massacre carnage* génocide* cancer* cancérig* catastrophe_écologique
        catastrophe_nucléaire désespér* désespoir effondr* ruiné* ruine* anéanti* dévast* apocalyp* cauchemar*
        inhumain* barbare* criminel* crime* mafieu* voyou* ulcéré* antisémit* racis* xénophob* homophob*`],
];

/** Words that turn the meaning of what follows ("pas content", "jamais déçu", "sans souci"). */
/** Expressions that contain a scored word but carry no sentiment. */
export const FR_NEUTRAL = [
  'bien_sûr', 'eh_bien', 'ou_bien', 'bien_que', 'si_bien_que', 'nulle_part', 'pour_les_nuls', 'au_moins', 'du_moins',
  'plus_ou_moins', 'à_moins', 'de_moins', 'en_moins', 'bon_nombre', 'bon_an', 'à_bientôt', 'tant_mieux', 'sans_doute',
  'pas_mal_de', 'mal_de', 'bien_des', 'bien_entendu',
];

/** Negations that are a complaint by themselves when nothing follows ("toujours pas", "pas encore"). */
export const FR_NEGATOR_PHRASES: ReadonlyArray<readonly [number, string]> = [
  [-1, 'toujours_pas pas_encore toujours_rien plus_rien'],
];

export const FR_NEGATORS = [
  'pas', 'ne', 'n', 'jamais', 'aucun', 'aucune', 'rien', 'sans', 'ni', 'nullement', 'guere', 'non', 'pa', 'po',
  'moins',
];

/** Multipliers for the next sentiment word; below 1 softens. */
export const FR_INTENSIFIERS: ReadonlyArray<readonly [number, string]> = [
  [1.8, 'extrêmement tellement vraiment trop hyper ultra méga mega super archi carrément grave vachement franchement totalement complètement absolument'],
  [1.5, 'très tres si aussi bien_trop vraiment_trop particulièrement profondément terriblement énormément incroyablement sacrément'],
  [1.3, 'plutôt_très encore_plus de_plus_en_plus jamais_été_aussi jamais_été_si jamais_aussi jamais_autant'],
  [0.6, 'peu un_peu assez plutôt légèrement relativement moyennement presque quasi à_peine'],
];

/** Words after which the sentiment that follows outweighs what came before ("bien mais trop cher"). */
export const FR_CONTRASTS = ['mais', 'cependant', 'pourtant', 'toutefois', 'neanmoins', 'sauf_que', 'par_contre', 'mais_bon'];
