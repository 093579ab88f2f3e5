@testable import MarrowKit

/// The sentence table: one case per (text, term), grouped by the phenomenon it exercises.
///
/// Expectations are what a careful annotator says under Marrow's rules: a cause is presented as a
/// cause, risk factor or trigger of bone marrow edema (BME); a treatment as a treatment or
/// management of BME or its symptoms; `negated` when the text denies the relation, `uncertain`
/// when it is speculative or unproven, `affirmed` otherwise (plain "may cause" in a list of causes
/// included). Unless a case says otherwise, the object of a claim is the topic.
extension SentenceCase {
    // MARK: 1. Role cues, both word orders, anaphora

    static let roleCues: [SentenceCase] = [
        // cause after the topic
        c("Bone marrow edema can be caused by gout.", "gout", .claim(.cause, .affirmed)),
        c(
            "In runners, bone marrow edema is often due to repetitive loading.", "repetitive loading",
            .claim(.cause, .affirmed)),
        c("Bone marrow edema often results from a bone bruise after a fall.", "bone bruise", .claim(.cause, .affirmed)),
        c(
            "The MRI showed bone marrow edema secondary to osteoarthritis of the medial compartment.", "osteoarthritis",
            .claim(.cause, .affirmed)),
        c(
            "Bone marrow edema is a well-known complication of sickle cell disease.", "sickle cell disease",
            .claim(.cause, .affirmed)),
        c("Bone marrow edema is a recognized side effect of chemotherapy.", "chemotherapy", .claim(.cause, .affirmed)),
        c(
            "Bone marrow edema is associated with rheumatoid arthritis and other inflammatory diseases.",
            "rheumatoid arthritis", .claim(.cause, .affirmed)),
        c("Bone marrow lesions are common in people with obesity.", "obesity", .claim(.cause, .affirmed)),
        c("Bone marrow edema frequently develops after a meniscal tear.", "meniscal tear", .claim(.cause, .affirmed)),
        c(
            "Subchondral bone marrow lesions have been linked to meniscal extrusion.", "meniscal extrusion",
            .claim(.cause, .affirmed)),
        c(
            "Transient bone marrow edema of the hip typically develops during the third trimester of pregnancy.",
            "third trimester of pregnancy", .claim(.cause, .affirmed)),
        c(
            "Bone marrow edema in the spine is seen in many patients with ankylosing spondylitis.",
            "ankylosing spondylitis", .claim(.cause, .affirmed)),
        // cause before the topic
        c("Gout can cause bone marrow edema in the joints it affects.", "Gout", .claim(.cause, .affirmed)),
        c("Overuse can lead to bone marrow edema in the feet of athletes.", "Overuse", .claim(.cause, .affirmed)),
        c("Trauma is the most common cause of bone marrow edema.", "Trauma", .claim(.cause, .affirmed)),
        c(
            "Osteoarthritis is a common cause of bone marrow lesions in older adults.", "Osteoarthritis",
            .claim(.cause, .affirmed)),
        c(
            "Rheumatoid arthritis is associated with bone marrow edema, which predicts joint erosions.",
            "Rheumatoid arthritis", .claim(.cause, .affirmed)),
        c(
            "Heavy alcohol use contributes to bone marrow edema in the hip.", "Heavy alcohol use",
            .claim(.cause, .affirmed)),
        c(
            "Long-distance running puts you at higher risk of bone marrow edema in the shin.", "Long-distance running",
            .claim(.cause, .affirmed)),
        c(
            "Pregnancy increases the risk of transient bone marrow edema of the hip.", "Pregnancy",
            .claim(.cause, .affirmed)),
        c(
            "Smokers are more likely to develop bone marrow edema than non-smokers.", "Smokers",
            .claim(.cause, .affirmed)),
        c("Smokers are more likely to develop bone marrow edema than non-smokers.", "non-smokers", .noRecord),
        c(
            "A torn ACL often leads to bone marrow edema on both sides of the knee joint.", "torn ACL",
            .claim(.cause, .affirmed)),
        c(
            "Complex regional pain syndrome triggers bone marrow edema in the affected limb.",
            "Complex regional pain syndrome", .claim(.cause, .affirmed)),
        c(
            "Vitamin D deficiency is linked to bone marrow edema syndrome.", "Vitamin D deficiency",
            .claim(.cause, .affirmed)),
        // risk sentences with the topic in the previous sentence
        c(
            "Anyone can develop bone marrow edema. You are at greater risk if you have diabetes.", "diabetes",
            .claim(.cause, .affirmed)),
        c(
            "Bone marrow edema is more common in some groups. Risk factors include smoking, heavy drinking and long-term steroid use.",
            "smoking", .claim(.cause, .affirmed)),
        c(
            "Bone marrow edema is more common in some groups. Risk factors include smoking, heavy drinking and long-term steroid use.",
            "heavy drinking", .claim(.cause, .affirmed)),
        c(
            "Bone marrow edema is more common in some groups. Risk factors include smoking, heavy drinking and long-term steroid use.",
            "long-term steroid use", .claim(.cause, .affirmed)),
        // anaphora: "it", "this condition"
        c(
            "Bone marrow edema has many causes. It can also be caused by an infection.", "infection",
            .claim(.cause, .affirmed)),
        c(
            "Bone marrow edema is common in athletes. This condition is often linked to overuse.", "overuse",
            .claim(.cause, .affirmed)),
        c(
            "Bone marrow edema is painful. It can follow a knee injury, even a minor one.", "injury",
            .claim(.cause, .affirmed)),
        c(
            "Transient bone marrow edema usually affects the hip. It is usually managed with rest and crutches.",
            "rest", .claim(.treatment, .affirmed)),
        c(
            "Transient bone marrow edema usually affects the hip. It is usually managed with rest and crutches.",
            "crutches", .claim(.treatment, .affirmed)),
        c(
            "Bone marrow edema syndrome can last for months. This condition is often treated with bisphosphonates.",
            "bisphosphonates", .claim(.treatment, .affirmed)),
        // treatment after the topic
        c("Bone marrow edema is usually treated with rest.", "rest", .claim(.treatment, .affirmed)),
        c(
            "Bone marrow edema can be managed with physical therapy and anti-inflammatory medications.",
            "physical therapy", .claim(.treatment, .affirmed)),
        c(
            "Bone marrow edema can be managed with physical therapy and anti-inflammatory medications.",
            "anti-inflammatory medications", .claim(.treatment, .affirmed)),
        c(
            "Management of bone marrow edema includes protected weight bearing and pain medication.",
            "protected weight bearing", .claim(.treatment, .affirmed)),
        c(
            "Management of bone marrow edema includes protected weight bearing and pain medication.", "pain medication",
            .claim(.treatment, .affirmed)),
        c(
            "Treatment for bone marrow edema includes offloading the joint with crutches.", "offloading",
            .claim(.treatment, .affirmed)),
        c("The mainstay of treatment for bone marrow edema is rest.", "rest", .claim(.treatment, .affirmed)),
        c(
            "Bone marrow edema usually resolves with conservative treatment within a few months.",
            "conservative treatment", .claim(.treatment, .affirmed)),
        c(
            "Bone marrow edema syndrome responds well to intravenous bisphosphonates.", "bisphosphonates",
            .claim(.treatment, .affirmed)),
        // treatment before the topic
        c("Iloprost is used to treat bone marrow edema syndrome.", "Iloprost", .claim(.treatment, .affirmed)),
        c("Ibuprofen helps relieve the pain of bone marrow edema.", "Ibuprofen", .claim(.treatment, .affirmed)),
        c(
            "Doctors often prescribe NSAIDs to relieve the pain caused by bone marrow edema.", "NSAIDs",
            .claim(.treatment, .affirmed)),
        c(
            "Extracorporeal shockwave therapy relieves pain in bone marrow edema of the foot.",
            "Extracorporeal shockwave therapy", .claim(.treatment, .affirmed)),
        c(
            "Zoledronic acid is effective in bone marrow edema syndrome of the knee.", "Zoledronic acid",
            .claim(.treatment, .affirmed)),
        c(
            "Core decompression is an option when bone marrow edema does not improve with conservative measures.",
            "Core decompression", .claim(.treatment, .affirmed)),
        c("Weight loss can reduce the size of bone marrow lesions.", "Weight loss", .claim(.treatment, .affirmed)),
        c(
            "Bone marrow edema is painful. Your doctor may recommend physical therapy to keep the joint moving.",
            "physical therapy", .claim(.treatment, .affirmed)),
        c(
            "Bone marrow edema in the ankle heals slowly. A walking boot helps take pressure off the bone.",
            "walking boot", .claim(.treatment, .affirmed)),
        // Wordings of web pages the first rules were not built on (claims4, issue 9).
        c("Gout raises the likelihood of bone marrow edema.", "Gout", .claim(.cause, .affirmed)),
        c(
            "People with rheumatoid arthritis are more prone to bone marrow edema.", "rheumatoid arthritis",
            .claim(.cause, .affirmed)),
        c(
            "Osteoarthritis-related bone marrow edema is common in older adults.", "Osteoarthritis",
            .claim(.cause, .affirmed)),
        c("Bone marrow edema is usually managed with rest and crutches.", "crutches", .claim(.treatment, .affirmed)),
        c("Bone marrow edema often responds to bisphosphonates.", "bisphosphonates", .claim(.treatment, .affirmed)),
        c("Bone marrow edema often accompanies stress fractures.", "stress fractures", .claim(.cause, .affirmed)),
        c(
            "Osteoarthritis is a frequent culprit behind bone marrow edema.", "Osteoarthritis",
            .claim(.cause, .affirmed)),
        c(
            "Bone marrow edema is painful. It can be caused not only by trauma but also by overuse.", "overuse",
            .claim(.cause, .affirmed)),
        // "bone edema" and "subchondral edema" name the topic.
        c("Bone edema is often caused by gout.", "gout", .claim(.cause, .affirmed)),
        c("Subchondral edema can follow a meniscal tear.", "meniscal tear", .claim(.cause, .affirmed)),
        // Advice and need name a treatment (a concept that is also a cause reads the cue)
        c(
            "Patients with bone marrow edema often need a corticosteroid for the pain.", "corticosteroid",
            .claim(.treatment, .affirmed)),
        c(
            "Patients with bone marrow edema are advised to take a corticosteroid for a week.", "corticosteroid",
            .claim(.treatment, .affirmed)),
        c(
            "Some people with bone marrow edema undergo a course of corticosteroid therapy.", "corticosteroid therapy",
            .claim(.treatment, .affirmed)),
        c(
            "Bone marrow edema of the knee may benefit from a corticosteroid.", "corticosteroid",
            .claim(.treatment, .affirmed)),
        c(
            "If you have bone marrow edema, your doctor may try a corticosteroid.", "corticosteroid",
            .claim(.treatment, .affirmed)),
        c(
            "A corticosteroid would be recommended for bone marrow edema.", "corticosteroid",
            .claim(.treatment, .affirmed)),
        // A denied need or a verdict on a treatment is a negated treatment, not a denied finding
        c("Patients with bone marrow edema do not need surgery.", "surgery", .claim(.treatment, .negated)),
        c("Most bone marrow edema does not require surgery.", "surgery", .claim(.treatment, .negated)),
        c("Bisphosphonates are ineffective for bone marrow edema.", "Bisphosphonates", .claim(.treatment, .negated)),
        c("Surgery is unnecessary for most bone marrow edema.", "Surgery", .claim(.treatment, .negated)),
        c("Surgery is not necessary for most bone marrow edema.", "Surgery", .claim(.treatment, .negated)),
        // being put on or started on a treatment is a treatment, in a section with no prior for one
        c(
            "Bone marrow edema\n\nDiagnosis\n\nAn MRI confirms bone marrow edema. Most patients are then put on crutches for six weeks.\n",
            "crutches", .claim(.treatment, .affirmed)),
        c(
            "Bone marrow edema\n\nDiagnosis\n\nAn MRI confirms bone marrow edema. She was started on a bisphosphonate.\n",
            "bisphosphonate", .claim(.treatment, .affirmed)),
    ]

    // MARK: 2. Sections

    static let sections: [SentenceCase] = [
        c(
            "What causes bone marrow edema?\n\n• Injuries such as fractures\n• Osteoarthritis\n• Gout\n• Infection\n",
            "Osteoarthritis", .claim(.cause, .affirmed)),
        c(
            "What causes bone marrow edema?\n\n• Injuries such as fractures\n• Osteoarthritis\n• Gout\n• Infection\n",
            "Gout", .claim(.cause, .affirmed)),
        c(
            "What causes bone marrow edema?\n\n• Injuries such as fractures\n• Osteoarthritis\n• Gout\n• Infection\n",
            "Infection", .claim(.cause, .affirmed)),
        c(
            "What causes bone marrow edema?\n\n• Injuries such as fractures\n• Osteoarthritis\n• Gout\n• Infection\n",
            "fractures", .claim(.cause, .affirmed)),
        c(
            "Causes\n\nThe most frequent trigger is a stress fracture in the foot or shin.\n", "stress fracture",
            .claim(.cause, .affirmed)),
        c(
            "Causes\n\n• Previous knee surgery\n• Long-term corticosteroid use\n• Excessive alcohol consumption\n",
            "surgery", .claim(.cause, .affirmed)),
        c(
            "Causes\n\n• Previous knee surgery\n• Long-term corticosteroid use\n• Excessive alcohol consumption\n",
            "Long-term corticosteroid use", .claim(.cause, .affirmed)),
        c(
            "Causes\n\n• Previous knee surgery\n• Long-term corticosteroid use\n• Excessive alcohol consumption\n",
            "Excessive alcohol consumption", .claim(.cause, .affirmed)),
        c("Risk factors\n\n• Smoking\n• Obesity\n• Type 2 diabetes\n", "Smoking", .claim(.cause, .affirmed)),
        c("Risk factors\n\n• Smoking\n• Obesity\n• Type 2 diabetes\n", "Obesity", .claim(.cause, .affirmed)),
        c("Risk factors\n\n• Smoking\n• Obesity\n• Type 2 diabetes\n", "Type 2 diabetes", .claim(.cause, .affirmed)),
        // category sub-headings inherit the cause section
        c(
            "Causes of bone marrow edema\n\nInflammatory conditions\n\n• Rheumatoid arthritis\n• Psoriatic arthritis\n\nMetabolic conditions\n\n• Gout\n• Hyperparathyroidism\n",
            "Rheumatoid arthritis", .claim(.cause, .affirmed)),
        c(
            "Causes of bone marrow edema\n\nInflammatory conditions\n\n• Rheumatoid arthritis\n• Psoriatic arthritis\n\nMetabolic conditions\n\n• Gout\n• Hyperparathyroidism\n",
            "Psoriatic arthritis", .claim(.cause, .affirmed)),
        c(
            "Causes of bone marrow edema\n\nInflammatory conditions\n\n• Rheumatoid arthritis\n• Psoriatic arthritis\n\nMetabolic conditions\n\n• Gout\n• Hyperparathyroidism\n",
            "Hyperparathyroidism", .claim(.cause, .affirmed)),
        // Changed from .noClaim (classify, issue 9): a category sub-heading under a causes heading
        // is itself a cause, the way a general cause with examples gives a line for the general
        // cause in the annotation guidelines of ../shared/devset ("inflammatory diseases such as
        // lupus" gives two lines).
        c(
            "Causes of bone marrow edema\n\nInflammatory conditions\n\n• Rheumatoid arthritis\n• Psoriatic arthritis\n",
            "Inflammatory conditions", .claim(.cause, .affirmed)),
        c(
            "What causes bone marrow edema?\n\nTraumatic causes\n\nA bone bruise from a fall or a sports collision is the classic example.\n",
            "bone bruise", .claim(.cause, .affirmed)),
        // treatment headings
        c(
            "How is bone marrow edema treated?\n\n• Rest and crutches\n• Pain relievers such as ibuprofen\n• Physical therapy\n",
            "crutches", .claim(.treatment, .affirmed)),
        c(
            "How is bone marrow edema treated?\n\n• Rest and crutches\n• Pain relievers such as ibuprofen\n• Physical therapy\n",
            "ibuprofen", .claim(.treatment, .affirmed)),
        c(
            "How is bone marrow edema treated?\n\n• Rest and crutches\n• Pain relievers such as ibuprofen\n• Physical therapy\n",
            "Physical therapy", .claim(.treatment, .affirmed)),
        c(
            "Bone marrow edema\n\nBone marrow edema is a build-up of fluid in the bone.\n\nHow is it treated?\n\nMost people get better with rest and a brace.\n",
            "brace", .claim(.treatment, .affirmed)),
        c(
            "Treatment\n\nIn severe cases, a surgeon may perform core decompression.\n", "core decompression",
            .claim(.treatment, .affirmed)),
        c(
            "Treatment\n\nIn severe cases, surgery may be needed to relieve pressure in the bone.\n", "surgery",
            .claim(.treatment, .affirmed)),
        c(
            "Treatment\n\nYour provider may recommend:\n• Crutches\n• A course of bisphosphonates\n• Vitamin D supplements\n",
            "bisphosphonates", .claim(.treatment, .affirmed)),
        c(
            "Treatment\n\nYour provider may recommend:\n• Crutches\n• A course of bisphosphonates\n• Vitamin D supplements\n",
            "Vitamin D supplements", .claim(.treatment, .affirmed)),
        // symptom and diagnosis sections make no cause/treatment claim
        c("Symptoms\n\nThe pain can feel similar to that of a stress fracture.\n", "stress fracture", .noClaim),
        c(
            "Symptoms\n\n• Deep, aching pain in the knee\n• Swelling around the joint\n• A limp\n", "Swelling",
            .claim(.symptom, .affirmed)),
        c("Diagnosis\n\nAn X-ray may be done first to rule out a fracture.\n", "fracture", .noClaim),
        c("Diagnosis\n\nYour doctor may order a DEXA scan to check for osteoporosis.\n", "osteoporosis", .noClaim),
        c(
            "Diagnosis\n\nAn MRI scan is the most reliable way to see bone marrow edema.\n", "MRI scan",
            .claim(.diagnostic, .affirmed)),
        c(
            "Diagnosis\n\nA bone scan is sometimes used when MRI is not available.\n", "bone scan",
            .claim(.diagnostic, .affirmed)),
        // one concept, two roles in two passages
        c(
            "Bone marrow edema sometimes appears after knee surgery.\n\nTreatment\n\nSurgery is reserved for cases that do not improve after six months of rest.\n",
            "surgery", .claim(.cause, .affirmed)),
        c(
            "Bone marrow edema sometimes appears after knee surgery.\n\nTreatment\n\nSurgery is reserved for cases that do not improve after six months of rest.\n",
            "Surgery", .claim(.treatment, .affirmed)),
        c(
            "Long-term corticosteroid use is a well-known cause of bone marrow edema. A single steroid injection into the joint, by contrast, can ease its pain.",
            "Long-term corticosteroid use", .claim(.cause, .affirmed)),
        c(
            "Long-term corticosteroid use is a well-known cause of bone marrow edema. A single steroid injection into the joint, by contrast, can ease its pain.",
            "steroid injection", .claim(.treatment, .affirmed)),
        c(
            "Chemotherapy for leukemia can cause bone marrow edema in the long bones.", "Chemotherapy",
            .claim(.cause, .affirmed)),
        c(
            "Glucocorticoids can trigger bone marrow edema, especially at high doses.", "Glucocorticoids",
            .claim(.cause, .affirmed)),
        // more section words: self-care, what can I do, mechanisms, investigations
        c(
            "Bone marrow edema\n\nBone marrow edema is a painful condition of the bone.\n\nSelf-care\n\nA short course of a corticosteroid is usual.\n",
            "corticosteroid", .claim(.treatment, .affirmed)),
        c(
            "Bone marrow edema\n\nBone marrow edema is a painful condition of the bone.\n\nWhat can I do?\n\nA corticosteroid may be offered.\n",
            "corticosteroid", .claim(.treatment, .affirmed)),
        c(
            "Bone marrow edema\n\nBone marrow edema is a painful condition of the bone.\n\nPathophysiology\n\nEarlier surgery on the knee is common.\n",
            "surgery", .claim(.cause, .affirmed)),
        c(
            "Bone marrow edema\n\nBone marrow edema is a painful condition of the bone.\n\nMechanisms\n\nEarlier surgery on the knee is common.\n",
            "surgery", .claim(.cause, .affirmed)),
        c(
            "Bone marrow edema\n\nBone marrow edema is a painful condition of the bone.\n\nInvestigations\n\nBlood tests look at gout and infection.\n",
            "gout", .noClaim),
        c(
            "Bone marrow edema\n\nBone marrow edema is a painful condition of the bone.\n\nWorkup\n\nBlood tests look at gout and infection.\n",
            "gout", .noClaim),
        // an intro line with no cue of its own takes the cue of the sentence before it in its block
        c(
            "Overview\n\nRest and medication usually relieve bone marrow edema within a few months. These include:\n\n• a corticosteroid\n• bisphosphonates\n",
            "corticosteroid", .claim(.treatment, .affirmed)),
    ]

    // MARK: 3. The object of a claim

    static let objects: [SentenceCase] = [
        c(
            "Bone marrow edema can have many causes. Chemotherapy is used to treat cancer.", "Chemotherapy",
            .claim(.treatment, .affirmed, object: "cancer")),
        c(
            "Bone marrow edema is common after menopause. Bisphosphonates are used to treat osteoporosis.",
            "Bisphosphonates", .claim(.treatment, .affirmed, object: "osteoporosis")),
        c(
            "Bone marrow edema is often found in inflamed joints. Methotrexate is prescribed for rheumatoid arthritis.",
            "Methotrexate", .claim(.treatment, .affirmed, object: "rheumatoid-arthritis")),
        c(
            "Bone marrow edema can follow a leg injury. Physical therapy is also used to treat lymphedema.",
            "Physical therapy", .claim(.treatment, .affirmed, object: "lymphedema")),
        c(
            "Bone marrow edema has been linked to low vitamin D. Vitamin D supplements are used to treat vitamin D deficiency.",
            "Vitamin D supplements", .claim(.treatment, .affirmed, object: "vitamin-d-deficiency")),
        c(
            "TNF inhibitors, used for rheumatoid arthritis, reduce bone marrow lesions.", "TNF inhibitors",
            .claim(.treatment, .affirmed)),
        c(
            "Adalimumab, a drug for psoriatic arthritis, reduced bone marrow edema in the spine.", "Adalimumab",
            .claim(.treatment, .affirmed)),
        c(
            "Denosumab, which is normally given for osteoporosis, shortened the course of bone marrow edema in a small trial.",
            "Denosumab", .claim(.treatment, .affirmed)),
        c(
            "Infliximab reduces bone marrow edema in patients with ankylosing spondylitis.", "Infliximab",
            .claim(.treatment, .affirmed)),
        c(
            "Bone marrow edema in the foot is often treated with a walking boot.", "walking boot",
            .claim(.treatment, .affirmed)),
        c("Chemotherapy for leukemia can cause bone marrow edema in the long bones.", "leukemia", .noClaim),
        c(
            "Bone marrow edema has several causes. Ibuprofen is often prescribed for gout flares.", "Ibuprofen",
            .claim(.treatment, .affirmed, object: "gout")),
    ]

    // MARK: 4. Look-alikes, hypernyms, prevention, tests, generic edema

    static let lookAlikes: [SentenceCase] = [
        c("On MRI, bone marrow edema can resemble osteonecrosis.", "osteonecrosis", .noClaim),
        c("Bone marrow edema syndrome must be distinguished from infection and tumors.", "infection", .noClaim),
        c("Bone marrow edema syndrome must be distinguished from infection and tumors.", "tumors", .noClaim),
        c("Unlike stress fractures, transient bone marrow edema resolves on its own.", "stress fractures", .noClaim),
        c("Early osteonecrosis may look like bone marrow edema on MRI.", "osteonecrosis", .noClaim),
        c(
            "Bone marrow edema syndrome is often mistaken for avascular necrosis of the femoral head.",
            "avascular necrosis of the femoral head", .noClaim),
        c("Transient bone marrow edema can mimic a bone tumor on imaging.", "bone tumor", .noClaim),
        c(
            "Bone marrow edema is nonspecific. The differential diagnosis includes osteomyelitis, osteoid osteoma and metastases.",
            "osteomyelitis", .noClaim),
        c(
            "Bone marrow edema is nonspecific. The differential diagnosis includes osteomyelitis, osteoid osteoma and metastases.",
            "osteoid osteoma", .noClaim),
        c(
            "Bone marrow edema is nonspecific. The differential diagnosis includes osteomyelitis, osteoid osteoma and metastases.",
            "metastases", .noClaim),
        c(
            "Transient bone marrow edema differs from osteonecrosis because it heals without treatment.",
            "osteonecrosis", .noClaim),
        // hypernyms
        c("Bone marrow edema can be caused by gout, which is a form of arthritis.", "arthritis", .noClaim),
        c("Bone marrow edema can be caused by gout, which is a form of arthritis.", "gout", .claim(.cause, .affirmed)),
        c(
            "Pseudogout, a type of crystal arthropathy, can also cause bone marrow edema.", "crystal arthropathy",
            .noClaim),
        c(
            "Pseudogout, a type of crystal arthropathy, can also cause bone marrow edema.", "Pseudogout",
            .claim(.cause, .affirmed)),
        c(
            "Psoriatic arthritis is a kind of spondyloarthritis that frequently causes bone marrow edema.",
            "Psoriatic arthritis", .claim(.cause, .affirmed)),
        c(
            "Psoriatic arthritis is a kind of spondyloarthritis that frequently causes bone marrow edema.",
            "spondyloarthritis", .noClaim),
        // prevention and protection
        c(
            "Keeping the wound clean after core decompression for bone marrow edema prevents infection.", "infection",
            .noClaim),
        c("Wearing a brace protects against a new injury while bone marrow edema heals.", "injury", .noClaim),
        c(
            "Bone marrow edema is linked to bone loss. Calcium supplements help prevent osteoporosis.", "osteoporosis",
            .noClaim),
        c(
            "Bone marrow edema is linked to bone loss. Calcium supplements help prevent osteoporosis.",
            "Calcium supplements", .claim(.treatment, .affirmed, object: "osteoporosis")),
        // tests
        c("Diagnosis\n\nYour doctor may order blood tests to look for infection or gout.\n", "infection", .noClaim),
        c("Diagnosis\n\nYour doctor may order blood tests to look for infection or gout.\n", "gout", .noClaim),
        c("Diagnosis\n\nA bone density scan is done to look for osteoporosis.\n", "osteoporosis", .noClaim),
        c(
            "In unexplained bone marrow edema, doctors may test for HIV and screen for sickle cell disease.", "HIV",
            .noClaim),
        c(
            "In unexplained bone marrow edema, doctors may test for HIV and screen for sickle cell disease.",
            "sickle cell disease", .noClaim),
        // generic edema, not bone marrow edema
        c(
            "Bone marrow edema is different from ordinary swelling. Leg edema is often due to heart failure or pregnancy.",
            "pregnancy", .claim(.cause, .affirmed, object: "edema")),
        c(
            "Bone marrow edema is seen only on MRI.\n\nOrdinary edema in the ankles is different: it is often caused by obesity or long periods of standing.\n",
            "obesity", .claim(.cause, .affirmed, object: "edema")),
        c(
            "Soft tissue edema around the ankle is usually caused by a sprain, while bone marrow edema points to a bone bruise.",
            "sprain", .noClaim),
        c(
            "Bone marrow edema is not the same as fluid retention. Fluid retention in late pregnancy causes swollen ankles.",
            "late pregnancy", .claim(.cause, .affirmed, object: "edema")),
        // other claims than BME causes
        c(
            "Bone marrow edema is not caused by smoking, although smoking increases the risk of osteonecrosis.",
            "osteonecrosis", .noClaim),
        c(
            "Bone marrow edema is not caused by smoking, although smoking increases the risk of osteonecrosis.",
            "smoking", .noClaim, occurrence: 2),
        // differentials in the plural, "not the same as"; an early stage or a precursor is an outcome
        c(
            "Osteonecrosis and stress fractures are differential diagnoses of bone marrow edema.", "Osteonecrosis",
            .noClaim),
        c("Bone marrow edema is not the same as osteonecrosis.", "osteonecrosis", .noClaim),
        c("Bone marrow edema may be an early stage of osteonecrosis.", "osteonecrosis", .noClaim),
        c("Bone marrow edema can be a precursor of a stress fracture.", "stress fracture", .noClaim),
    ]

    // MARK: 5. Negation

    static let negation: [SentenceCase] = [
        c("There is no evidence that smoking causes bone marrow edema.", "smoking", .claim(.cause, .negated)),
        c("Transient bone marrow edema is not caused by infection.", "infection", .claim(.cause, .negated)),
        c(
            "Osteomyelitis was ruled out as a cause of the bone marrow edema.", "Osteomyelitis",
            .claim(.cause, .negated)),
        c(
            "A stress fracture was ruled out as the cause of her bone marrow edema.", "stress fracture",
            .claim(.cause, .negated)),
        c(
            "Psoriasis does not cause bone marrow edema, but psoriatic arthritis does.", "Psoriasis",
            .claim(.cause, .negated)),
        c(
            "Psoriasis does not cause bone marrow edema, but psoriatic arthritis does.", "psoriatic arthritis",
            .claim(.cause, .affirmed)),
        c(
            "Osteoporosis is not a direct cause of bone marrow edema, although osteoporotic fractures are.",
            "Osteoporosis", .claim(.cause, .negated)),
        c(
            "Osteoporosis is not a direct cause of bone marrow edema, although osteoporotic fractures are.",
            "osteoporotic fractures", .claim(.cause, .affirmed)),
        c(
            "Bone marrow edema is not caused by smoking, although smoking increases the risk of osteonecrosis.",
            "smoking", .claim(.cause, .negated)),
        c(
            "No link was found between alcohol abuse and bone marrow lesions in this cohort.", "alcohol abuse",
            .claim(.cause, .negated)),
        c(
            "Neither smoking nor alcohol abuse was associated with bone marrow lesions in the cohort.", "smoking",
            .claim(.cause, .negated)),
        c(
            "Neither smoking nor alcohol abuse was associated with bone marrow lesions in the cohort.", "alcohol abuse",
            .claim(.cause, .negated)),
        c("Bone marrow edema was not associated with obesity in this study.", "obesity", .claim(.cause, .negated)),
        c("Obesity alone never leads to bone marrow edema, the authors argue.", "Obesity", .claim(.cause, .negated)),
        c("Her bone marrow edema was unrelated to the previous fracture.", "fracture", .claim(.cause, .negated)),
        c(
            "The bone marrow edema could not be explained by the minor injury she described.", "injury",
            .claim(.cause, .negated)),
        c("Pregnancy does not appear to cause bone marrow edema of the knee.", "Pregnancy", .claim(.cause, .negated)),
        c(
            "Bone marrow edema in this case was caused by overuse rather than a fracture.", "fracture",
            .claim(.cause, .negated)),
        c(
            "Bone marrow edema in this case was caused by overuse rather than a fracture.", "overuse",
            .claim(.cause, .affirmed)),
        // clinical negation
        c(
            "MRI showed bone marrow edema in the medial femoral condyle without evidence of fracture.", "fracture",
            .assertion(.negated)),
        c(
            "The patient denies any trauma to the knee, and the bone marrow edema is attributed to overuse.", "trauma",
            .assertion(.negated)),
        c(
            "The patient denies any trauma to the knee, and the bone marrow edema is attributed to overuse.", "overuse",
            .claim(.cause, .affirmed)),
        c(
            "Joint aspiration was negative for infection, which excluded septic arthritis as the cause of the bone marrow edema.",
            "infection", .assertion(.negated)),
        c(
            "Joint aspiration was negative for infection, which excluded septic arthritis as the cause of the bone marrow edema.",
            "septic arthritis", .claim(.cause, .negated)),
        c(
            "The joint was free of infection; the bone marrow edema was attributed to a bone bruise.", "infection",
            .assertion(.negated)),
        c(
            "The joint was free of infection; the bone marrow edema was attributed to a bone bruise.", "bone bruise",
            .claim(.cause, .affirmed)),
        c(
            "Bone marrow edema in the absence of trauma should prompt a search for other causes.", "trauma",
            .claim(.cause, .negated)),
        c(
            "There was no history of corticosteroid use or alcohol abuse to explain the bone marrow edema.",
            "corticosteroid use", .claim(.cause, .negated)),
        c(
            "There was no history of corticosteroid use or alcohol abuse to explain the bone marrow edema.",
            "alcohol abuse", .claim(.cause, .negated)),
        // treatments denied
        c(
            "Studies don't show that calcium supplements help bone marrow edema heal faster.", "calcium supplements",
            .claim(.treatment, .negated)),
        c("Ice can't reduce bone marrow edema deep inside the bone.", "Ice", .claim(.treatment, .negated)),
        c(
            "Corticosteroid injections are not recommended for bone marrow edema.", "Corticosteroid injections",
            .claim(.treatment, .negated)),
        c("There is no role for surgery in transient bone marrow edema.", "surgery", .claim(.treatment, .negated)),
        c("Rest alone did not improve the bone marrow edema in this patient.", "Rest", .claim(.treatment, .negated)),
        c(
            "Bisphosphonates are not effective for bone marrow edema caused by a fracture.", "Bisphosphonates",
            .claim(.treatment, .negated)),
        c(
            "Bisphosphonates are not effective for bone marrow edema caused by a fracture.", "fracture",
            .claim(.cause, .affirmed)),
        c(
            "Painkillers do not treat the underlying bone marrow edema, but rest and crutches do.", "Painkillers",
            .claim(.treatment, .negated)),
        c(
            "Painkillers do not treat the underlying bone marrow edema, but rest and crutches do.", "rest",
            .claim(.treatment, .affirmed)),
        c(
            "Painkillers do not treat the underlying bone marrow edema, but rest and crutches do.", "crutches",
            .claim(.treatment, .affirmed)),
        c(
            "Hyperbaric oxygen therapy failed to improve bone marrow edema in a randomized trial.",
            "Hyperbaric oxygen therapy", .claim(.treatment, .negated)),
        c(
            "NSAIDs did not shorten the course of bone marrow edema, which eventually resolved with rest.", "rest",
            .claim(.treatment, .affirmed)),
        // pseudo-negations and double negation
        c("Not only trauma but also overuse can lead to bone marrow edema.", "trauma", .claim(.cause, .affirmed)),
        c("Not only trauma but also overuse can lead to bone marrow edema.", "overuse", .claim(.cause, .affirmed)),
        c(
            "Trauma is not the only cause of bone marrow edema; infection and tumors can also cause it.", "Trauma",
            .claim(.cause, .affirmed)),
        c(
            "Trauma is not the only cause of bone marrow edema; infection and tumors can also cause it.", "infection",
            .claim(.cause, .affirmed)),
        c(
            "Bone marrow edema due to the stress fracture showed no increase on the follow-up MRI.", "stress fracture",
            .claim(.cause, .affirmed)),
        c("Bone marrow edema caused by trauma is not necessarily painful.", "trauma", .claim(.cause, .affirmed)),
        c("It is not uncommon for gout to cause bone marrow edema in the foot.", "gout", .claim(.cause, .affirmed)),
        c(
            "Bone marrow edema due to overuse does not usually need surgery, and it heals with rest.", "overuse",
            .claim(.cause, .affirmed)),
        c(
            "Bone marrow edema is no less common in osteoarthritis than in rheumatoid arthritis.", "osteoarthritis",
            .claim(.cause, .affirmed)),
        c(
            "Bone marrow edema from a bone bruise is not dangerous and usually fades within months.", "bone bruise",
            .claim(.cause, .affirmed)),
        c(
            "Core decompression not only relieves pain but may also halt bone marrow edema before it progresses.",
            "Core decompression", .claim(.treatment, .affirmed)),
        // modal denials; "must not be ignored" is no denial; "pain-free" is no negation
        c(
            "Corticosteroids should not be used to treat bone marrow edema.", "Corticosteroids",
            .claim(.treatment, .negated)),
        c("Surgery will not cure bone marrow edema.", "Surgery", .claim(.treatment, .negated)),
        c("Smoking must not be ignored as a cause of bone marrow edema.", "Smoking", .claim(.cause, .affirmed)),
        c("Smoking should not be overlooked as a cause of bone marrow edema.", "Smoking", .claim(.cause, .affirmed)),
        c(
            "After core decompression, patients with bone marrow edema were pain-free within weeks.",
            "core decompression", .claim(.treatment, .affirmed)),
        // a denied cue before "but" does not reach a mention after it
        c(
            "Treatment of bone marrow edema is not one quick cure but a plan that adds physical therapy over months.",
            "physical therapy", .claim(.treatment, .affirmed)),
        c("Surgery does not cure bone marrow edema, but it eases the pain.", "Surgery", .claim(.treatment, .negated)),
        // a backward trigger stops at a coordinator that opens a clause, not at one inside a subject
        c(
            "A man with bone marrow edema of the hip was given iloprost and his pain resolved.", "iloprost",
            .claim(.treatment, .affirmed)),
        c("The fever and the rash resolved.", "fever", .assertion(.negated)),
    ]

    // MARK: 6. Hedges and non-hedges

    static let hedges: [SentenceCase] = [
        c(
            "It is possible, though not proven, that smoking contributes to bone marrow edema.", "smoking",
            .claim(.cause, .uncertain)),
        c(
            "Altered biomechanics is postulated to cause subchondral bone marrow lesions.", "Altered biomechanics",
            .claim(.cause, .uncertain)),
        c(
            "Reduced blood flow is believed to trigger bone marrow edema in some patients.", "Reduced blood flow",
            .claim(.cause, .uncertain)),
        c(
            "Her bone marrow edema may be related to the recent kidney transplant.", "kidney transplant",
            .claim(.cause, .uncertain)),
        c(
            "Vitamin D deficiency might contribute to bone marrow edema.", "Vitamin D deficiency",
            .claim(.cause, .uncertain)),
        c(
            "One hypothesis is that venous stasis raises pressure inside the bone and causes marrow edema.",
            "venous stasis", .claim(.cause, .uncertain)),
        c(
            "It is unclear whether bisphosphonates shorten the course of bone marrow edema syndrome.",
            "bisphosphonates", .claim(.treatment, .uncertain)),
        c(
            "It has been suggested that pulsed electromagnetic field therapy speeds the resolution of bone marrow lesions.",
            "pulsed electromagnetic field therapy", .claim(.treatment, .uncertain)),
        c(
            "Some experts believe that bone marrow edema syndrome is linked to vitamin D deficiency.",
            "vitamin D deficiency", .claim(.cause, .uncertain)),
        c("A lack of vitamin D may play a role in bone marrow edema.", "lack of vitamin D", .claim(.cause, .uncertain)),
        c(
            "Smoking is a suspected risk factor for bone marrow edema of the hip.", "Smoking",
            .claim(.cause, .uncertain)),
        c(
            "The cause of transient bone marrow edema is unknown, but reduced blood flow is thought to play a role.",
            "reduced blood flow", .claim(.cause, .uncertain)),
        c(
            "Researchers are still studying whether stem cell injections can heal bone marrow lesions.",
            "stem cell injections", .claim(.treatment, .uncertain)),
        c(
            "Stem cell therapy remains an experimental treatment for bone marrow edema.", "Stem cell therapy",
            .claim(.treatment, .uncertain)),
        c(
            "Preliminary studies suggest that iloprost may shorten recovery from bone marrow edema.", "iloprost",
            .claim(.treatment, .uncertain)),
        c(
            "Evidence for hyperbaric oxygen therapy in bone marrow edema is limited and conflicting.",
            "hyperbaric oxygen therapy", .claim(.treatment, .uncertain)),
        c(
            "Whether weight loss shrinks bone marrow lesions remains unclear.", "weight loss",
            .claim(.treatment, .uncertain)),
        c(
            "Bone marrow edema in the shin could potentially result from long-distance running.",
            "long-distance running", .claim(.cause, .uncertain)),
        c(
            "Alcohol abuse has been proposed as a risk factor for bone marrow edema.", "Alcohol abuse",
            .claim(.cause, .uncertain)),
        c(
            "It is not known whether denosumab speeds recovery from bone marrow edema.", "denosumab",
            .claim(.treatment, .uncertain)),
        c(
            "Transient bone marrow edema is presumed to result from a microcirculatory disturbance.",
            "microcirculatory disturbance", .claim(.cause, .uncertain)),
        c(
            "In theory, calcitonin could ease bone pain in bone marrow edema syndrome.", "calcitonin",
            .claim(.treatment, .uncertain)),
        c(
            "Although smoking has not been proven to cause bone marrow edema, obesity is a well-established risk factor.",
            "smoking", .claim(.cause, .uncertain)),
        c(
            "Although smoking has not been proven to cause bone marrow edema, obesity is a well-established risk factor.",
            "obesity", .claim(.cause, .affirmed)),
        c(
            "It is unclear whether smoking plays a role, but obesity clearly increases the risk of bone marrow lesions.",
            "smoking", .claim(.cause, .uncertain)),
        c(
            "It is unclear whether smoking plays a role, but obesity clearly increases the risk of bone marrow lesions.",
            "obesity", .claim(.cause, .affirmed)),
        c(
            "Hypercholesterolemia has been hypothesized to promote fat cell growth in the marrow, leading to bone marrow edema.",
            "Hypercholesterolemia", .claim(.cause, .uncertain)),
        c("The role of PRP in bone marrow edema is still under investigation.", "PRP", .claim(.treatment, .uncertain)),
        // non-hedges: lists of possible causes, "may recommend", "has shown promise", hedged mechanism
        c(
            "Conditions that can cause bone marrow edema include:\n• Osteoarthritis\n• Stress fractures\n• Gout\n",
            "Stress fractures", .claim(.cause, .affirmed)),
        c(
            "Conditions that can cause bone marrow edema include:\n• Osteoarthritis\n• Stress fractures\n• Gout\n",
            "Osteoarthritis", .claim(.cause, .affirmed)),
        c(
            "Bone marrow edema may be caused by:\n• Trauma\n• Infection\n• Tumors\n", "Trauma",
            .claim(.cause, .affirmed)),
        c(
            "Bone marrow edema may be caused by:\n• Trauma\n• Infection\n• Tumors\n", "Tumors",
            .claim(.cause, .affirmed)),
        c(
            "Several conditions may cause bone marrow edema, including gout, osteoarthritis and infection.", "gout",
            .claim(.cause, .affirmed)),
        c(
            "Several conditions may cause bone marrow edema, including gout, osteoarthritis and infection.",
            "infection", .claim(.cause, .affirmed)),
        c(
            "Bone marrow edema has several possible causes:\n• Overuse\n• Osteoarthritis\n• Bone bruises\n",
            "Bone bruises", .claim(.cause, .affirmed)),
        c(
            "Bone marrow edema can be very painful. Your doctor may recommend crutches to keep weight off the leg.",
            "crutches", .claim(.treatment, .affirmed)),
        c(
            "If you have bone marrow edema, your provider may suggest physical therapy.", "physical therapy",
            .claim(.treatment, .affirmed)),
        c(
            "Iloprost has shown promise in treating bone marrow edema of the knee.", "Iloprost",
            .claim(.treatment, .affirmed)),
        c(
            "Hyperbaric oxygen therapy helps bone marrow edema heal, potentially by improving blood flow.",
            "Hyperbaric oxygen therapy", .claim(.treatment, .affirmed)),
        c(
            "Bisphosphonates relieve the pain of bone marrow edema syndrome, perhaps by slowing bone turnover.",
            "Bisphosphonates", .claim(.treatment, .affirmed)),
        c(
            "Smoking contributes to bone marrow edema, probably through damage to small blood vessels.", "Smoking",
            .claim(.cause, .affirmed)),
        c(
            "Bone marrow edema can be caused by many things, including injury, arthritis and infection.", "injury",
            .claim(.cause, .affirmed)),
        c("Bone marrow edema can sometimes develop after a minor injury.", "injury", .claim(.cause, .affirmed)),
        // framing hedges (a theory, little evidence), a theory after the mention, conditional "would"
        c(
            "One theory is that venous congestion produces bone marrow edema.", "venous congestion",
            .claim(.cause, .uncertain)),
        c(
            "There is little evidence that hyperbaric oxygen helps bone marrow edema.", "hyperbaric oxygen",
            .claim(.treatment, .uncertain)),
        c(
            "Venous congestion is a theory for the cause of bone marrow edema.", "Venous congestion",
            .claim(.cause, .uncertain)),
        c(
            "Venous congestion would explain bone marrow edema in these patients.", "Venous congestion",
            .claim(.cause, .uncertain)),
    ]

    // MARK: 7. Abbreviations

    static let abbreviations: [SentenceCase] = [
        c(
            "Anterior cruciate ligament (ACL) tears are a classic cause of bone marrow edema in the knee.",
            "Anterior cruciate ligament (ACL) tears", .claim(.cause, .affirmed)),
        c(
            "Anterior cruciate ligament (ACL) tears often leave bone marrow edema behind. In skiers, ACL tears are the usual cause of bone marrow edema in the knee.",
            "ACL tears", .claim(.cause, .affirmed)),
        c(
            "Sickle cell disease (SCD) damages small blood vessels. Children with SCD are at higher risk of bone marrow edema.",
            "SCD", .claim(.cause, .affirmed), occurrence: 2),
        c(
            "Core decompression (CD) is a surgical option for bone marrow edema of the hip. CD can relieve pain in most patients with bone marrow edema.",
            "CD", .claim(.treatment, .affirmed), occurrence: 2),
        c(
            "Divers with a history of decompression sickness (DCS) can develop bone marrow edema. In divers, DCS is a recognized cause of bone marrow edema.",
            "DCS", .claim(.cause, .affirmed), occurrence: 2),
        c(
            "Zoledronic acid (ZA) is given as a single infusion. ZA can relieve the pain of bone marrow edema within weeks.",
            "ZA", .claim(.treatment, .affirmed), occurrence: 2),
        c(
            "In young men, AS is a frequent cause of bone marrow edema at the sacroiliac joints.", "AS",
            .claim(.cause, .affirmed)),
        c("Patients with RA are at greater risk of bone marrow edema in the wrist.", "RA", .claim(.cause, .affirmed)),
        c("OA is associated with subchondral bone marrow lesions.", "OA", .claim(.cause, .affirmed)),
        c("Bone marrow edema in CRPS usually affects the whole foot.", "CRPS", .claim(.cause, .affirmed)),
        c("Bone marrow edema can be painful, as the bone is under pressure.", "as", .notMatched),
        c("Bone marrow edema can follow trauma as well as infection.", "as", .notMatched),
        c("Bone marrow edema can follow trauma as well as infection.", "infection", .claim(.cause, .affirmed)),
        c("Causes such as overuse are common in runners with bone marrow edema.", "as", .notMatched),
        c("Causes such as overuse are common in runners with bone marrow edema.", "overuse", .claim(.cause, .affirmed)),
        c("In a study led by Dr. Ra, bone marrow edema was linked to obesity.", "Ra", .notMatched),
        c("In a study led by Dr. Ra, bone marrow edema was linked to obesity.", "obesity", .claim(.cause, .affirmed)),
        c(
            "Transient osteoporosis of the hip (TOH) causes bone marrow edema of the femoral head. In pregnant women, TOH is the usual cause of bone marrow edema in the hip.",
            "TOH", .claim(.cause, .affirmed), occurrence: 2),
        c(
            "Some patients were given pulsed electromagnetic fields (PEMF) for bone marrow edema. PEMF helps reduce pain in most of them.",
            "PEMF", .claim(.treatment, .affirmed), occurrence: 2),
    ]
}
