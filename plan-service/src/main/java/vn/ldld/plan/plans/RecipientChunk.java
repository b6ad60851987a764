package vn.ldld.plan.plans;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Up to {@value ResolvedRecipients#CHUNK} of the resolved recipients of one published version of a plan, one
 * document of the {@value #COLLECTION} collection: a plan of 20,000 units is 40 such documents of about 100 KB,
 * never one large document.
 *
 * @param id {@code <planId>/<version>/<chunk>}
 * @param planId the plan
 * @param version its published version
 * @param chunk number of this chunk, 1 to {@code chunks}
 * @param chunks how many chunks list this version
 * @param total how many recipients this version has in all
 * @param recipients the recipients of this chunk, in order
 */
@Document(RecipientChunk.COLLECTION)
record RecipientChunk(@Id String id, String planId, int version, int chunk, int chunks, int total,
                      List<Recipient> recipients) {

    /** The collection of the resolved recipients. */
    static final String COLLECTION = "plan_recipients";
}
