-- CreateIndex
CREATE INDEX "User_active_name_id_email_idx" ON "User"("active" DESC, "name", "id", "email");

